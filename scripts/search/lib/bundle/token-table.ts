/**
 * The tokens a shard has seen, each with its index words' numbers, in typed arrays only. A token
 * is looked up by a slice of the text it stands in (start, end and a hash computed while the text
 * is scanned), so the millions of tokens of a shard are never cut out as strings: a `Map` keyed
 * by token strings cost ~700 ns a lookup (a new string hashed, then compared with a key elsewhere
 * in memory) and was the writer's largest cost. Here a lookup reads a slot (hash and record), then
 * the record (the token's length, words and characters).
 */

/** FNV-1a's offset basis: where every token's hash starts (see `hashStep`). */
export const HASH_SEED = 0x811c9dc5;

/** Folds UTF-16 code unit `code` into `hash` (FNV-1a, 32 bits). */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The hash of `token` as `hashStep` builds it over the text. */
export function hashOf(token: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < token.length; i++) hash = hashStep(hash, token.charCodeAt(i));
  return hash;
}

/**
 * A record in `records`: the token's length, its word count, what its parts' weight is divided
 * by, the word numbers, then the token's UTF-16 code units. The characters a lookup compares sit
 * beside the length it checks first, in the same cache line or the next: kept in an array of
 * their own, they cost a lookup one more wait on memory (reading a page took 6 % longer).
 */
const LENGTH = 0;
export const WORD_COUNT = 1;
export const PARTS = 2;
export const WORDS = 3;

/**
 * Slots of the small table of recently found tokens in front of the big one: a forum's common
 * words are found there, in the CPU's caches, while a lookup in the big table mostly waits for
 * memory (it was a quarter of the writer's time).
 */
const RECENT_SLOTS = 1 << 14;

export class TokenTable {
  #front = new Int32Array(RECENT_SLOTS * 2);
  /** Two numbers per slot: the token's hash and its record's offset + 1 (0: an empty slot). */
  #slots = new Int32Array(1 << 17);
  /** Every token's record, one after another; a lookup gives a record's offset. */
  records = new Int32Array(1 << 20);
  #recordsEnd = 0;
  size = 0;

  /** The record of `text.slice(start, end)`, whose hash is `hash`, or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const front = this.#front;
    const recent = (mix(hash) & (RECENT_SLOTS - 1)) * 2;
    const seen = front[recent + 1]! - 1;
    if (seen !== -1 && front[recent] === hash && this.#holds(seen, text, start, end)) return seen;
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const record = slots[slot * 2 + 1]! - 1;
      if (record === -1) return -1;
      if (slots[slot * 2] === hash && this.#holds(record, text, start, end)) {
        front[recent] = hash;
        front[recent + 1] = record + 1;
        return record;
      }
    }
  }

  /** Adds `text.slice(start, end)` (not in the table) with its word numbers; returns its record. */
  add(
    text: string,
    start: number,
    end: number,
    hash: number,
    ids: readonly number[],
    parts: number,
  ): number {
    if (++this.size * 4 > this.#slots.length) this.#rehash(this.#slots.length * 2);
    const length = end - start;
    const size = WORDS + ids.length + length;
    while (this.#recordsEnd + size > this.records.length) this.records = grown(this.records);
    const record = this.#recordsEnd;
    const records = this.records;
    records[record + LENGTH] = length;
    records[record + WORD_COUNT] = ids.length;
    records[record + PARTS] = parts;
    records.set(ids, record + WORDS);
    const chars = record + WORDS + ids.length - start;
    for (let i = start; i < end; i++) records[chars + i] = text.charCodeAt(i);
    this.#recordsEnd += size;
    this.#place(hash, record);
    return record;
  }

  /** Forgets every token (the words' numbers stay where the vocabulary keeps them). */
  clear(): void {
    this.#slots.fill(0);
    this.#front.fill(0);
    this.size = 0;
    this.#recordsEnd = 0;
  }

  #holds(record: number, text: string, start: number, end: number): boolean {
    const records = this.records;
    if (records[record + LENGTH] !== end - start) return false;
    const offset = record + WORDS + records[record + WORD_COUNT]! - start;
    for (let i = start; i < end; i++) if (records[offset + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  #place(hash: number, record: number): void {
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    let slot = mix(hash) & mask;
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = record + 1;
  }

  #rehash(size: number): void {
    const old = this.#slots;
    this.#slots = new Int32Array(size);
    for (let slot = 0; slot < old.length; slot += 2) {
      if (old[slot + 1] !== 0) this.#place(old[slot]!, old[slot + 1]! - 1);
    }
  }
}

/** Spreads FNV's weak low bits over the whole hash (MurmurHash3's finalizer). */
function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
