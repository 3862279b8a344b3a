/**
 * Builds one Pagefind bundle from index pages, in Pagefind 1.6's format, so Pagefind's own search
 * runtime (`pagefind.js` and its wasm) searches it. Fragments are written as pages arrive; the
 * word index, filters and metadata when the bundle is finished.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  dateSeconds,
  encodePageDates,
  FOLDER_SIZE,
  fragmentName,
  PAGE_DATES_FILE,
} from '../../../../src/utils/page-dates.ts';
import type { IndexPage } from '../index-page.ts';
import { CborWriter } from './cbor-writer.ts';
import { compareCodePoints, cutChunks } from './chunks.ts';
import { PageReader } from './digest.ts';
import { encodeCbor, encodeJson, gzipped, HashNames } from './encode.ts';
import { Postings } from './postings.ts';
import type { RuntimeFiles } from './runtime.ts';
import { Vocabulary } from './vocabulary.ts';

/** Where fragments are written until the bundle is finished and their folder can be named. */
const PENDING = '.pending';

/** The only meta field whose words are indexed: the thread title. */
const META_FIELDS = ['title'];

export interface BundleOptions {
  /** Locations per index chunk file (Pagefind's default: 20,000). */
  chunkSize: number;
}

export class BundleBuilder {
  readonly #dir: string;
  readonly #options: BundleOptions;
  readonly #vocabulary = new Vocabulary();
  readonly #reader = new PageReader(this.#vocabulary);
  readonly #postings = new Postings();
  readonly #fragments = createHash('sha256');
  /**
   * Each page's word count; its fragment is `fragment/<folder>/<number>` (see `fragmentName`):
   * short names, because the metadata every first search loads lists one per page (Pagefind's
   * own are `en_` + 7 hex digits), and any number of pages stays below hosts' limits per folder.
   */
  readonly #pages: number[] = [];
  /** Each page's sort date (see `page-dates.ts`: not in the metadata). */
  readonly #dates: (number | null)[] = [];
  readonly #filters = new Map<string, Map<string, number[]>>();

  constructor(dir: string, options: BundleOptions) {
    this.#dir = dir;
    this.#options = options;
    mkdirSync(join(dir, 'fragment', PENDING), { recursive: true });
  }

  get pages(): number {
    return this.#pages.length;
  }

  /** Indexes `page` and writes its fragment. */
  add(page: IndexPage): void {
    const number = this.#pages.length;
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
    const name = fragmentName(number);
    if (number % FOLDER_SIZE === 0) {
      mkdirSync(join(this.#dir, 'fragment', PENDING, name, '..'), { recursive: true });
    }
    writeFileSync(join(this.#dir, 'fragment', PENDING, `${name}.pf_fragment`), fragment);
    this.#fragments.update(fragment);
    this.#pages.push(digest.wordCount);
    this.#postings.addPage(number, digest.codes, digest.title);
    for (const [filter, values] of Object.entries(filters)) {
      const byValue = this.#filters.get(filter) ?? new Map<string, number[]>();
      this.#filters.set(filter, byValue);
      for (const value of values) {
        const pages = byValue.get(value);
        if (pages === undefined) byValue.set(value, [number]);
        else pages.push(number);
      }
    }
    this.#dates.push(dateSeconds(page.sort?.date));
  }

  /** Writes the word index, filters, metadata, entry and search runtime. */
  finish(runtime: RuntimeFiles): void {
    const names = new HashNames();
    // Named by all fragments' content, so a browser never mixes up two builds' fragments.
    const folder = names.name(this.#fragments.digest());
    renameSync(join(this.#dir, 'fragment', PENDING), join(this.#dir, 'fragment', folder));
    const pages = this.#pages.map((words, n) => [`${folder}/${fragmentName(n)}`, words, '']);
    const chunks = this.#writeChunks(names);
    mkdirSync(join(this.#dir, 'filter'), { recursive: true });
    const filters = [...this.#filters].map(([filter, byValue]) => {
      const values = [...byValue].sort(([a], [b]) => compareCodePoints(a, b));
      const bytes = encodeCbor([filter, values]);
      const hash = names.name(bytes);
      writeFileSync(join(this.#dir, 'filter', `${hash}.pf_filter`), bytes);
      return [filter, hash];
    });
    const dates = encodePageDates({ fragments: folder, dates: this.#dates });
    writeFileSync(join(this.#dir, PAGE_DATES_FILE), gzipSync(dates, { level: 9 }));
    // No sort lists: the search page sorts by date with the file above (see `page-dates.ts`).
    const meta = encodeCbor([runtime.version, pages, chunks, filters, [], META_FIELDS]);
    // The metadata keeps Pagefind's own naming: `pagefind.js` finds it through the entry file.
    const metaHash = new HashNames(10, 'en_').name(meta);
    writeFileSync(join(this.#dir, `pagefind.${metaHash}.pf_meta`), meta);
    runtime.copyTo(this.#dir, metaHash, this.#pages.length);
  }

  /**
   * Writes the word index chunks as `index/<content hash>/<n>/<n>`: numbered, like fragments,
   * so the metadata's chunk list compresses. Returns that list: `[from, to, name]` per chunk.
   */
  #writeChunks(names: HashNames): [string, string, string][] {
    const chunks = this.#wordChunks();
    const all = createHash('sha256');
    for (const chunk of chunks) all.update(chunk.bytes);
    const folder = join(this.#dir, 'index', names.name(all.digest()));
    return chunks.map(({ from, to, bytes }, n) => {
      const name = fragmentName(n);
      if (n % FOLDER_SIZE === 0) mkdirSync(join(folder, name, '..'), { recursive: true });
      writeFileSync(join(folder, `${name}.pf_index`), bytes);
      return [from, to, `${basename(folder)}/${name}`];
    });
  }

  /** The word index cut into chunks, each encoded as `[[word, pages, variants], …]`. */
  #wordChunks(): { from: string; to: string; bytes: Buffer }[] {
    const words = this.#vocabulary.words;
    const postings = this.#postings;
    const ids = sortedIds(
      words.filter((_, id) => (postings.pages[id] ?? 0) > 0),
      this.#vocabulary,
    );
    const sorted = ids.map((id) => words[id]!);
    const out = new CborWriter(1 << 20);
    return cutChunks(sorted, (i) => postings.weight[ids[i]!]!, this.#options.chunkSize).map(
      ({ from, to, start, end }) => {
        out.length = 0;
        out.array(1);
        out.array(end - start);
        for (let i = start; i < end; i++) {
          out.array(3);
          out.text(sorted[i]!);
          out.array(postings.pages[ids[i]!]!);
          postings.writeEntries(ids[i]!, out);
          out.array(0);
        }
        return { from, to, bytes: gzipped(out.view()) };
      },
    );
  }
}

/** The numbers of `words` in code point order; the native sort when no word leaves the BMP. */
function sortedIds(words: string[], vocabulary: Vocabulary): number[] {
  if (words.some((word) => /[\ud800-\udfff]/.test(word))) words.sort(compareCodePoints);
  else words.sort();
  return words.map((word) => vocabulary.id(word));
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
