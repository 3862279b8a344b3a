/**
 * Finishes a bundle whose parts wrote its fragments and index chunks: joins the packs the parts
 * shared, names their folders by content, and writes the filters, page dates, metadata, entry
 * and search runtime.
 */
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodePageDates, PAGE_DATES_FILE } from '../../../../src/utils/page-dates.ts';
import { entryName } from '../../../../src/utils/search-packs.ts';
import { compareCodePoints } from './chunks.ts';
import { encodeCbor, HashNames } from './encode.ts';
import { joinPieces } from './pack-writer.ts';
import { PENDING, type PartPages } from './part.ts';
import type { PlannedChunk } from './plan-chunks.ts';
import type { RuntimeFiles } from './runtime.ts';

/** The only meta field whose words are indexed: the thread title. */
const META_FIELDS = ['title'];

/** Significant bits kept of a page's word count in the metadata (see `roughWordCount`). */
const WORD_COUNT_BITS = 5;

/**
 * `count` to 5 significant bits (within 3.2 %). Pagefind uses a page's word count only to weigh
 * matches on long pages down against the average; the metadata every first search loads lists
 * one per page, and rounded counts compress to a third less (94.5 → 80.4 KB at 11k pages) with
 * the same results in the search benchmark. The fragment keeps the exact count.
 */
export function roughWordCount(count: number): number {
  const bits = Math.floor(Math.log2(Math.max(1, count))) + 1;
  if (bits <= WORD_COUNT_BITS) return count;
  const step = 2 ** (bits - WORD_COUNT_BITS);
  return Math.round(count / step) * step;
}

/** Writes the bundle's remaining files; returns its page count. */
export function finishBundle(
  dir: string,
  chunks: readonly PlannedChunk[],
  pages: readonly PartPages[],
  chunkDigests: readonly Uint8Array[],
  runtime: RuntimeFiles,
): number {
  const names = new HashNames();
  joinPieces(join(dir, 'fragment', PENDING));
  mkdirSync(join(dir, 'index', PENDING), { recursive: true });
  joinPieces(join(dir, 'index', PENDING));
  // Named by every fragment's and chunk's content, so a browser never mixes two builds' files.
  const fragments = names.name(digestOf(pages.map((part) => part.digests)));
  renameSync(join(dir, 'fragment', PENDING), join(dir, 'fragment', fragments));
  const index = names.name(digestOf(chunkDigests));
  renameSync(join(dir, 'index', PENDING), join(dir, 'index', index));
  const wordCounts = pages.flatMap((part) => part.wordCounts);
  const pageList = wordCounts.map((words, n) => [
    `${fragments}/${entryName(n)}`,
    roughWordCount(words),
    '',
  ]);
  const chunkList = chunks.map(({ from, to }, n) => [from, to, `${index}/${entryName(n)}`]);
  const filters = writeFilters(dir, pages, names);
  const dates = encodePageDates({ fragments, dates: pages.flatMap((part) => part.dates) });
  writeFileSync(join(dir, PAGE_DATES_FILE), gzipSync(dates, { level: 9 }));
  // No sort lists: the search page sorts by date with the file above (see `page-dates.ts`).
  const meta = encodeCbor([runtime.version, pageList, chunkList, filters, [], META_FIELDS]);
  // The metadata keeps Pagefind's own naming: `pagefind.js` finds it through the entry file.
  const metaHash = new HashNames(10, 'en_').name(meta);
  writeFileSync(join(dir, `pagefind.${metaHash}.pf_meta`), meta);
  runtime.copyTo(dir, metaHash, wordCounts.length);
  return wordCounts.length;
}

/** One filter file per filter: its values in code point order, each with its pages. */
function writeFilters(dir: string, pages: readonly PartPages[], names: HashNames): string[][] {
  const byFilter = new Map<string, Map<string, number[]>>();
  for (const part of pages) {
    for (const [filter, values] of part.filters) {
      const byValue = byFilter.get(filter) ?? new Map<string, number[]>();
      byFilter.set(filter, byValue);
      for (const [value, numbers] of values) {
        const known = byValue.get(value);
        if (known === undefined) byValue.set(value, [...numbers]);
        else for (const number of numbers) known.push(number);
      }
    }
  }
  mkdirSync(join(dir, 'filter'), { recursive: true });
  return [...byFilter].map(([filter, byValue]) => {
    const values = [...byValue].sort(([a], [b]) => compareCodePoints(a, b));
    const bytes = encodeCbor([filter, values]);
    const hash = names.name(bytes);
    writeFileSync(join(dir, 'filter', `${hash}.pf_filter`), bytes);
    return [filter, hash];
  });
}

function digestOf(digests: readonly Uint8Array[]): Buffer {
  const hash = createHash('sha256');
  for (const digest of digests) hash.update(digest);
  return hash.digest();
}
