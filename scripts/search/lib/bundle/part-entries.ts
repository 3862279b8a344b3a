/**
 * The word index entries one part of a bundle hands to another, which writes the chunks holding
 * those words: the words, and each word's entries as encoded, in one buffer (so a worker thread
 * can hand it over without copying).
 */
import { CborWriter } from './cbor-writer.ts';
import type { BundlePart } from './part.ts';

export interface EntryBlock {
  /** The part the entries come from (parts are in page order). */
  part: number;
  words: string[];
  /** Per word: its page count and the last of those pages. */
  pages: Uint32Array;
  lastPages: Uint32Array;
  /** Word `i`'s entries are `bytes[offsets[i]..offsets[i + 1])`, first page counted from 0. */
  offsets: Uint32Array;
  bytes: Uint8Array;
}

/** The entries of `part`'s sorted words `from` to `to` (see `BundlePart.words`). */
export function entryBlock(
  part: BundlePart,
  index: number,
  words: readonly string[],
  from: number,
  to: number,
): EntryBlock {
  const ids = part.sortedIds.slice(from, to);
  const out = new CborWriter(1 << 16);
  const offsets = new Uint32Array(ids.length + 1);
  ids.forEach((id, i) => {
    part.postings.writeEntries(id, out, 0);
    offsets[i + 1] = out.length;
  });
  return {
    part: index,
    words: words.slice(from, to),
    pages: Uint32Array.from(ids, (id) => part.postings.pages[id]!),
    lastPages: Uint32Array.from(ids, (id) => part.postings.lastPage(id)),
    offsets,
    bytes: out.bytes.slice(0, out.length),
  };
}
