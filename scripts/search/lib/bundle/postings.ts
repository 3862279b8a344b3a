/**
 * The word index of a shard as it grows: for every word, its page entries already encoded as
 * Pagefind's CBOR (`[page, locations, title locations]`), appended to one byte arena as pages are
 * read, so millions of occurrences cost bytes rather than JavaScript arrays. Before the first
 * word is written out, the entries are gathered word by word in one pass over the arena (see
 * `#gather`): following a list per word through the arena waited on memory for every entry,
 * ~16 of the ~115 CPU seconds of each of L's two bundles.
 */
import { CborWriter } from './cbor-writer.ts';
import { WORD } from './occurrence-codes.ts';

const TITLE_FIELD_MARKER = -1;

/**
 * Room reserved per expected post: about 1.5 times what generated forum text takes (62 entries
 * and 680 bytes a post at M). Reserving is nearly free: the pages of a large typed array stay
 * unmapped until written. Growing is not: each doubling copies into fresh memory, and on this
 * machine every fresh 4 KB page costs 15-30 µs (page faults; 1 GB touched takes ~7 s).
 */
const ENTRIES_PER_POST = 96;
const BYTES_PER_POST = 1024;

export class Postings {
  #arena: CborWriter;
  /** Per entry, in the order added: where it starts in the arena, and its word. */
  #start: Uint32Array;
  #word: Uint32Array;
  #entries = 0;
  #lastPage = new Int32Array(1 << 12);
  /** Once gathered: each word's entries, one run per word, and where each run starts. */
  #gathered: Uint8Array | undefined;
  #runStart: Float64Array | undefined;
  /** Per word: pages, and stored locations (with markers) + pages, Pagefind's measure for chunks. */
  pages = new Uint32Array(1 << 12);
  weight = new Float64Array(1 << 12);

  /** Postings sized for about `expectedPosts` posts; they grow past that if needed. */
  constructor(expectedPosts = 0) {
    this.#arena = new CborWriter(Math.max(1 << 20, expectedPosts * BYTES_PER_POST));
    const entries = Math.max(1 << 16, expectedPosts * ENTRIES_PER_POST);
    this.#start = new Uint32Array(entries);
    this.#word = new Uint32Array(entries);
  }

  /**
   * Adds page `page`: `codes` (sorted occurrence codes, see `digest.ts`) and its title words.
   */
  addPage(page: number, codes: Float64Array, title: Map<number, number[]>): void {
    if (this.#gathered !== undefined) throw new Error('Postings: a page added after writing.');
    let i = 0;
    while (i < codes.length) {
      const word = Math.floor(codes[i]! / WORD);
      let end = i + 1;
      while (end < codes.length && Math.floor(codes[end]! / WORD) === word) end++;
      this.#entry(word, page, codes.subarray(i, end), word * WORD, title.get(word));
      i = end;
    }
    for (const [word, positions] of title) {
      if (!hasWord(codes, word)) this.#entry(word, page, codes.subarray(0, 0), 0, positions);
    }
  }

  /**
   * Appends the entries of `word`, in page order, to `out`; the first page number as a
   * difference from `previousPage`, the last page of the word in the bundle's parts before this.
   */
  writeEntries(word: number, out: CborWriter, previousPage = 0): void {
    if ((this.pages[word] ?? 0) === 0) return;
    const runStart = this.#runStart ?? this.#gather();
    copyEntries(this.#gathered!, runStart[word]!, runStart[word + 1]!, out, previousPage);
  }

  /** The last page `word` was found on (0 for a word not found). */
  lastPage(word: number): number {
    return this.#lastPage[word] ?? 0;
  }

  #endOf(entry: number): number {
    return entry + 1 < this.#entries ? this.#start[entry + 1]! : this.#arena.length;
  }

  /**
   * Copies every entry next to the others of its word, in one pass that reads the arena in order
   * (a counting sort by word), then lets the arena go; returns where each word's run starts.
   */
  #gather(): Float64Array {
    const words = this.pages.length;
    const runStart = new Float64Array(words + 1);
    for (let e = 0; e < this.#entries; e++) {
      runStart[this.#word[e]! + 1]! += this.#endOf(e) - this.#start[e]!;
    }
    for (let w = 0; w < words; w++) runStart[w + 1]! += runStart[w]!;
    const cursor = runStart.slice(0, words);
    const arena = this.#arena.bytes;
    const gathered = new Uint8Array(this.#arena.length);
    for (let e = 0; e < this.#entries; e++) {
      const word = this.#word[e]!;
      const end = this.#endOf(e);
      let to = cursor[word]!;
      // Entries are ~10 bytes: a byte loop, not a `subarray` and `set` (an object each) per entry.
      for (let from = this.#start[e]!; from < end; from++) gathered[to++] = arena[from]!;
      cursor[word] = to;
    }
    this.#gathered = gathered;
    this.#runStart = runStart;
    this.#arena = new CborWriter(0);
    this.#start = new Uint32Array(0);
    this.#word = new Uint32Array(0);
    return runStart;
  }

  #entry(word: number, page: number, codes: Float64Array, base: number, title?: number[]): void {
    this.#ensure(word);
    const a = this.#arena;
    const start = a.length;
    // Page numbers, and positions within a weight, are stored as differences from the last.
    a.array(3);
    a.int(page - this.#lastPage[word]!);
    this.#lastPage[word] = page;
    const locations = writeLocations(a, codes, base);
    if (title === undefined) a.array(0);
    else {
      a.array(title.length + 1);
      a.int(TITLE_FIELD_MARKER);
      title.forEach((position, i) => a.int(position - (i === 0 ? 0 : title[i - 1]!)));
    }
    const e = this.#entries++;
    if (e === this.#start.length) {
      this.#start = grow(this.#start);
      this.#word = grow(this.#word);
    }
    this.#start[e] = start;
    this.#word[e] = word;
    this.pages[word]! += 1;
    this.weight[word]! += locations + 1;
  }

  #ensure(word: number): void {
    if (word < this.pages.length) return;
    let size = this.pages.length;
    while (size <= word) size *= 2;
    this.#lastPage = grow(this.#lastPage, size);
    this.pages = grow(this.pages, size);
    this.weight = grow(this.weight, size);
  }
}

/**
 * Copies encoded entries `bytes[start..end)` to `out`, their first page number (stored as a
 * difference from page 0) made a difference from `previousPage` instead: how the entries of one
 * part of a bundle follow those of the parts before it.
 */
export function copyEntries(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: CborWriter,
  previousPage: number,
): void {
  // An entry is `[page, locations, title locations]`: 0x83, then the page as an unsigned int.
  const head = bytes[start + 1]! & 0x1f;
  const size = head < 24 ? 0 : 1 << (head - 24);
  let page = head < 24 ? head : 0;
  for (let i = 0; i < size; i++) page = page * 256 + bytes[start + 2 + i]!;
  out.array(3);
  out.int(page - previousPage);
  out.copy(bytes, start + 2 + size, end);
}

/**
 * Positions grouped by weight, lowest weight first, each group after a marker `-(weight + 1)`,
 * each position stored as the difference from the one before it in its group.
 */
function writeLocations(out: CborWriter, codes: Float64Array, base: number): number {
  if (codes.length === 0) {
    out.array(0);
    return 0;
  }
  // A location (`position * 256 + weight`) is below 2^32: unsigned 32-bit operations are exact.
  const first = ((codes[0]! - base) >>> 0) & 255;
  let mixed = false;
  for (let i = 1; i < codes.length && !mixed; i++) {
    mixed = (((codes[i]! - base) >>> 0) & 255) !== first;
  }
  if (!mixed) {
    out.array(codes.length + 1);
    out.int(-first - 1);
    let last = 0;
    for (let i = 0; i < codes.length; i++) {
      const position = ((codes[i]! - base) >>> 0) >>> 8;
      out.int(position - last);
      last = position;
    }
    return codes.length + 1;
  }
  // Sorted by weight, then position, as one number each: `weight * 2^32 + position`.
  const keys = new Float64Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const location = (codes[i]! - base) >>> 0;
    keys[i] = (location & 255) * 2 ** 32 + (location >>> 8);
  }
  keys.sort();
  let groups = 1;
  for (let i = 1; i < keys.length; i++) if (weightOf(keys[i]!) !== weightOf(keys[i - 1]!)) groups++;
  out.array(keys.length + groups);
  let current = -1;
  let last = 0;
  for (const key of keys) {
    const weight = weightOf(key);
    if (weight !== current) {
      out.int(-weight - 1);
      current = weight;
      last = 0;
    }
    const position = key % 2 ** 32;
    out.int(position - last);
    last = position;
  }
  return keys.length + groups;
}

function weightOf(key: number): number {
  return Math.floor(key / 2 ** 32);
}

function hasWord(codes: Float64Array, word: number): boolean {
  let low = 0;
  let high = codes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (codes[mid]! < word * WORD) low = mid + 1;
    else high = mid;
  }
  return low < codes.length && Math.floor(codes[low]! / WORD) === word;
}

function grow<T extends Uint32Array | Int32Array | Float64Array>(
  array: T,
  size = array.length * 2,
): T {
  const grown = new (array.constructor as new (n: number) => T)(size);
  grown.set(array);
  return grown;
}
