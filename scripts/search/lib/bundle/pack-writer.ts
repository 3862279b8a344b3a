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
  packFileName,
  packOffsets,
} from '../../../../src/utils/search-packs.ts';

const PIECE = /^([0-9a-z]+)\.([0-9a-z]+)\.pf_piece$/;

/** Writes consecutive entries into the packs of `folder`. */
export class PackWriter {
  readonly #folder: string;
  /** The number of the next entry, once one was added. */
  #next = -1;
  /** The entries of the current pack so far. */
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
    if (n % PACK_SIZE === 0) this.#flush();
    this.#entries.push(bytes);
    this.#next = n + 1;
  }

  /** Writes the last pack (or piece of one). */
  close(): void {
    this.#flush();
  }

  #flush(): void {
    if (this.#entries.length === 0) return;
    const first = this.#next - this.#entries.length;
    const pack = Math.floor(first / PACK_SIZE);
    const slot = first % PACK_SIZE;
    const name =
      slot === 0 && this.#entries.length === PACK_SIZE
        ? packFileName(pack)
        : `${pack.toString(36)}.${slot.toString(36)}.pf_piece`;
    writeFileSync(join(this.#folder, name), encodePack(slot, this.#entries));
    this.#entries = [];
  }
}

/** Joins the pieces in `folder` into their packs. */
export function joinPieces(folder: string): void {
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
      const offsets = packOffsets(bytes);
      for (let s = slot; s < PACK_SIZE && offsets[s + 1]! > offsets[s]!; s++) {
        entries.push(bytes.subarray(offsets[s]!, offsets[s + 1]!));
      }
    }
    writeFileSync(join(folder, packFileName(pack)), encodePack(0, entries));
    for (const { file } of pieces) rmSync(join(folder, file));
  }
}
