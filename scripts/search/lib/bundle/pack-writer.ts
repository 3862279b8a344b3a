/**
 * Writes a bundle's numbered entries (fragments or index chunks) into pack files
 * (`src/utils/search-packs.ts`). A part of a bundle writes a run of entries that may start or
 * end inside a pack; it writes its share of such a pack as a piece, and `joinPieces` makes the
 * pack of the pieces once every part is done, so the files do not depend on how many parts
 * wrote them.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  encodePack,
  PACK_SIZE,
  packEntry,
  packFileName,
} from '../../../../src/utils/search-packs.ts';

const PIECE = /^([0-9a-z]+)\.([0-9a-z]+)\.pf_piece$/;

/** Writes consecutive entries into the packs of `folder`. */
export class PackWriter {
  readonly #folder: string;
  #pack = -1;
  #firstSlot = 0;
  #next = -1;
  #entries: Uint8Array[] = [];

  constructor(folder: string) {
    this.#folder = folder;
    mkdirSync(folder, { recursive: true });
  }

  /** Adds entry `n`, which follows the last one added (if any). */
  add(n: number, bytes: Uint8Array): void {
    if (this.#next !== -1 && n !== this.#next) {
      throw new Error(`Search pack entries come in order: expected ${this.#next}, got ${n}.`);
    }
    // An empty entry would read as the end of its piece (`joinPieces`).
    if (bytes.length === 0) throw new Error(`Search pack entry ${n} is empty.`);
    const pack = Math.floor(n / PACK_SIZE);
    if (pack !== this.#pack) {
      this.#flush();
      this.#pack = pack;
      this.#firstSlot = n % PACK_SIZE;
    }
    this.#entries.push(bytes);
    this.#next = n + 1;
  }

  /** Writes the last pack (or piece of one). */
  close(): void {
    this.#flush();
  }

  #flush(): void {
    if (this.#entries.length === 0) return;
    const whole = this.#firstSlot === 0 && this.#entries.length === PACK_SIZE;
    const name = whole
      ? packFileName(this.#pack)
      : `${this.#pack.toString(36)}.${this.#firstSlot.toString(36)}.pf_piece`;
    writeFileSync(join(this.#folder, name), encodePack(this.#firstSlot, this.#entries));
    this.#entries = [];
  }
}

/** Joins the pieces in `folder` into their packs; returns how many packs it wrote. */
export function joinPieces(folder: string): number {
  const byPack = new Map<number, { slot: number; file: string }[]>();
  for (const file of readdirSync(folder)) {
    const match = PIECE.exec(file);
    if (!match) continue;
    const pack = parseInt(match[1]!, 36);
    const pieces = byPack.get(pack) ?? [];
    byPack.set(pack, pieces);
    pieces.push({ slot: parseInt(match[2]!, 36), file });
  }
  for (const [pack, pieces] of byPack) {
    pieces.sort((a, b) => a.slot - b.slot);
    const entries: Uint8Array[] = [];
    for (const { slot, file } of pieces) {
      if (slot !== entries.length) {
        throw new Error(`Search pack ${file}: starts at slot ${slot}, not ${entries.length}.`);
      }
      const bytes = readFileSync(join(folder, file));
      for (let s = slot; s < PACK_SIZE; s++) {
        const entry = packEntry(bytes, s);
        if (entry.length === 0) break;
        entries.push(entry);
      }
    }
    writeFileSync(join(folder, packFileName(pack)), encodePack(0, entries));
    for (const { file } of pieces) rmSync(join(folder, file));
  }
  return byPack.size;
}
