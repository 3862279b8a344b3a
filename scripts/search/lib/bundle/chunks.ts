/**
 * Index chunks: the words in byte order (UTF-8, as Rust orders strings), cut into files of about
 * `size` locations each, and the `from`/`to` range the metadata gives each chunk, shortened to the
 * prefixes that still tell neighbouring chunks apart (as Pagefind writes them).
 */

/** Words `start` to `end` (exclusive) of the sorted words, and the range the metadata names. */
export interface ChunkRange {
  from: string;
  to: string;
  start: number;
  end: number;
}

/** Orders strings by code point, which is the byte order of their UTF-8. */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x < 0xd800 && y < 0xd800) return x - y;
    return (a.codePointAt(i) ?? 0) - (b.codePointAt(i) ?? 0);
  }
  return a.length - b.length;
}

/** Cuts `sorted` into chunks of at least `size` (by `weight`), the last possibly lighter. */
export function cutChunks(
  sorted: readonly string[],
  weight: (index: number) => number,
  size: number,
): ChunkRange[] {
  const chunks: ChunkRange[] = [];
  let start = 0;
  let total = 0;
  sorted.forEach((word, i) => {
    total += weight(i);
    if (total < size && i < sorted.length - 1) return;
    chunks.push({ from: sorted[start]!, to: word, start, end: i + 1 });
    start = i + 1;
    total = 0;
  });
  for (let i = 0; i + 1 < chunks.length; i++) shortenBoundary(chunks[i]!, chunks[i + 1]!);
  return chunks;
}

/** Cuts the last word of `left` and the first of `right` to one character past their common prefix. */
function shortenBoundary(left: ChunkRange, right: ChunkRange): void {
  const a = [...left.to];
  const b = [...right.from];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const to = a.slice(0, common + 1).join('');
  if (compareCodePoints(to, left.from) >= 0) left.to = to;
  right.from = b.slice(0, common + 1).join('');
}
