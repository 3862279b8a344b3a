/**
 * Search packs: the bundle writer stores a bundle's fragments and index chunks 32 to a file, so
 * an archive's search index is a few hundred files instead of one per page (hosts limit files,
 * and each file costs the build time to create). A pack starts with a table of `PACK_SIZE + 1`
 * little-endian 32-bit offsets from the start of the file: entry `s` is the bytes from
 * `offsets[s]` to `offsets[s + 1]`, and slots past the last entry are empty.
 *
 * Pagefind still asks for `<folder>/<a>/<b>.pf_fragment` (or `.pf_index`), the names in the
 * metadata (`entryName`); the search page's `fetch` answers from `<folder>/<pack>.pf_pack` with
 * range requests (`src/scripts/packed-fetch.ts`).
 */

/** Entries (fragments or chunks) per pack file. */
export const PACK_SIZE = 32;

/** Bytes of a pack's offset table. */
export const PACK_HEADER_BYTES = (PACK_SIZE + 1) * 4;

/**
 * Entries per name group: entry `n` is named `<n / NAME_GROUP>/<n % NAME_GROUP>`. Names in
 * groups of 4,096 compress best in the metadata that every first search loads (M: 80.4 KB; named
 * `<pack>/<slot>`, 84.0 KB).
 */
export const NAME_GROUP = 4096;

/** The name Pagefind is given for entry `n` of a folder: `<a>/<b>`, both base 36. */
export function entryName(n: number): string {
  return `${Math.floor(n / NAME_GROUP).toString(36)}/${(n % NAME_GROUP).toString(36)}`;
}

/** The number of the entry named `<a>/<b>` (base 36), or `undefined` for another name. */
export function entryNumber(a: string, b: string): number | undefined {
  const low = parseInt(b, 36);
  return low < NAME_GROUP ? parseInt(a, 36) * NAME_GROUP + low : undefined;
}

/** The file holding pack `pack` of a folder. */
export function packFileName(pack: number): string {
  return `${pack.toString(36)}.pf_pack`;
}

/** A request for a packed entry: the pack's URL and the entry's slot in it. */
export interface PackedEntry {
  pack: string;
  slot: number;
}

const PACKED_ENTRY =
  /^(.*\/(?:fragment|index)\/[0-9a-z]+\/)([0-9a-z]+)\/([0-9a-z]+)\.pf_(?:fragment|index)$/;

/**
 * The pack and slot of the fragment or chunk at `url` (as Pagefind builds it from an
 * `entryName`), or `undefined` for any other file, such as a bundle written by Pagefind itself.
 */
export function packedEntry(url: string): PackedEntry | undefined {
  const match = PACKED_ENTRY.exec(url);
  const n = match ? entryNumber(match[2]!, match[3]!) : undefined;
  if (n === undefined) return undefined;
  return { pack: `${match![1]}${packFileName(Math.floor(n / PACK_SIZE))}`, slot: n % PACK_SIZE };
}

/** The offset table at the start of a pack (`bytes` holds at least its header). */
export function packOffsets(bytes: Uint8Array): Uint32Array {
  if (bytes.length < PACK_HEADER_BYTES) {
    throw new Error(`A search pack's table needs ${PACK_HEADER_BYTES} bytes, got ${bytes.length}.`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, PACK_HEADER_BYTES);
  return Uint32Array.from({ length: PACK_SIZE + 1 }, (_, s) => view.getUint32(s * 4, true));
}

/**
 * A pack holding `entries` from slot `firstSlot` on; the slots before and after are empty (a
 * piece of a pack, or a bundle's last pack).
 */
export function encodePack(firstSlot: number, entries: readonly Uint8Array[]): Uint8Array {
  if (firstSlot + entries.length > PACK_SIZE) {
    throw new Error(`A search pack holds ${PACK_SIZE} entries, not ${firstSlot + entries.length}.`);
  }
  const size = entries.reduce((sum, entry) => sum + entry.length, PACK_HEADER_BYTES);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let offset = PACK_HEADER_BYTES;
  for (let s = 0; s <= PACK_SIZE; s++) {
    view.setUint32(s * 4, offset, true);
    const entry = s >= firstSlot ? entries[s - firstSlot] : undefined;
    if (entry === undefined) continue;
    bytes.set(entry, offset);
    offset += entry.length;
  }
  return bytes;
}

/** Entry `slot` of a whole pack, empty when the slot is. */
export function packEntry(pack: Uint8Array, slot: number): Uint8Array {
  const offsets = packOffsets(pack);
  return pack.subarray(offsets[slot]!, offsets[slot + 1]!);
}
