/**
 * One part of a bundle: a run of consecutive pages (numbered from `firstPage`) whose fragments it
 * writes and whose word index it holds. A bundle is written by one part, or by several on as many
 * cores (`write-bundle.ts`), which give the same bytes: each part's word index is written into the
 * chunks of the others' words as if one writer had seen every page (`part-entries.ts`).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { dateSeconds } from '../../../../src/utils/page-dates.ts';
import type { IndexPage } from '../index-page.ts';
import { compareCodePoints } from './chunks.ts';
import { PageReader } from './digest.ts';
import { encodeJson } from './encode.ts';
import { PackWriter } from './pack-writer.ts';
import { Postings } from './postings.ts';
import { Vocabulary } from './vocabulary.ts';

/**
 * Where fragments and chunks are written until the bundle is finished and their folders can be
 * named.
 */
export const PENDING = '.pending';

/** A part's words in code point order, each with its Pagefind chunk weight and page count. */
export interface PartWords {
  words: string[];
  weights: Float64Array;
  pages: Uint32Array;
}

/** What the metadata needs of a part's pages, in page order. */
export interface PartPages {
  wordCounts: number[];
  /** Sort dates (see `page-dates.ts`). */
  dates: (number | null)[];
  /** Filter → value → page numbers, in the order first seen. */
  filters: [string, [string, number[]][]][];
  /** SHA-256 of each page's fragment file, 32 bytes each. */
  digests: Uint8Array;
}

export class BundlePart {
  readonly #fragments: PackWriter;
  readonly #firstPage: number;
  readonly vocabulary = new Vocabulary();
  readonly #reader = new PageReader(this.vocabulary);
  readonly postings: Postings;
  readonly #wordCounts: number[] = [];
  readonly #dates: (number | null)[] = [];
  readonly #digests: Buffer[] = [];
  readonly #filters = new Map<string, Map<string, number[]>>();
  /** Word numbers in code point order of their words, once `words()` has sorted them. */
  sortedIds: number[] = [];

  /**
   * A part whose pages are numbered from `firstPage`, writing into the bundle folder `dir`;
   * `expectedPosts` sizes its word index up front (see `Postings`).
   */
  constructor(dir: string, firstPage: number, expectedPosts = 0) {
    this.#fragments = new PackWriter(join(dir, 'fragment', PENDING));
    this.#firstPage = firstPage;
    this.postings = new Postings(expectedPosts);
  }

  get pages(): number {
    return this.#wordCounts.length;
  }

  /** Indexes `page` and writes its fragment. */
  add(page: IndexPage): void {
    const number = this.#firstPage + this.pages;
    const digest = this.#reader.read(page);
    const filters = pageFilters(page);
    const fragment = encodeJson({
      url: `/${page.path}`,
      content: digest.content,
      word_count: digest.wordCount,
      filters,
      meta: { title: page.title },
      anchors: digest.anchors,
    });
    this.#fragments.add(number, fragment);
    this.#digests.push(createHash('sha256').update(fragment).digest());
    this.#wordCounts.push(digest.wordCount);
    this.#dates.push(dateSeconds(page.sort?.date));
    this.postings.addPage(number, digest.codes, digest.title);
    for (const [filter, values] of Object.entries(filters)) {
      const byValue = this.#filters.get(filter) ?? new Map<string, number[]>();
      this.#filters.set(filter, byValue);
      for (const value of values) {
        const pages = byValue.get(value);
        if (pages === undefined) byValue.set(value, [number]);
        else pages.push(number);
      }
    }
  }

  /** Writes the last fragments; call once every page is added. */
  closePages(): void {
    this.#fragments.close();
  }

  /** The words this part indexed, sorted (and remembered as `sortedIds`). */
  words(): PartWords {
    const postings = this.postings;
    const words = this.vocabulary.words.filter((_, id) => (postings.pages[id] ?? 0) > 0);
    if (words.some((word) => /[\ud800-\udfff]/.test(word))) words.sort(compareCodePoints);
    else words.sort();
    this.sortedIds = words.map((word) => this.vocabulary.id(word));
    return {
      words,
      weights: Float64Array.from(this.sortedIds, (id) => postings.weight[id]!),
      pages: Uint32Array.from(this.sortedIds, (id) => postings.pages[id]!),
    };
  }

  /** What the metadata needs of this part's pages. */
  pageData(): PartPages {
    return {
      wordCounts: this.#wordCounts,
      dates: this.#dates,
      filters: [...this.#filters].map(([filter, byValue]) => [filter, [...byValue]]),
      digests: Buffer.concat(this.#digests),
    };
  }
}

/** The page's filter values, each list without repeats. */
function pageFilters(page: IndexPage): Record<string, string[]> {
  const filters: Record<string, string[]> = { forum: [page.forum] };
  if (page.tags.length > 0) filters.tag = [...new Set(page.tags)];
  const authors = new Set(
    page.posts.flatMap((post) => (post.author === null ? [] : [post.author])),
  );
  if (authors.size > 0) filters.author = [...authors];
  if (page.years.length > 0) filters.year = page.years;
  return filters;
}
