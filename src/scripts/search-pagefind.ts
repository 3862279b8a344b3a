/**
 * Loads Pagefind's JS API on first use: the primary bundle's `pagefind.js`, with every further
 * bundle (a sharded index, see `search-bundles.ts`) merged in, so one query searches them all.
 * The search benchmark (`scripts/bench/search-quality.ts`) sets Pagefind up through
 * `setUpPagefind` too, so it measures the search this page runs.
 */
import { spaceCjk } from '../utils/cjk.ts';
import {
  decodePageDates,
  PAGE_DATES_FILE,
  sortByDate,
  type PageDates,
} from '../utils/page-dates.ts';
import type { PagefindResultData } from '../utils/search-results.ts';
import { installPackedFetch } from './packed-fetch.ts';

/** Counts per value of each filter, as Pagefind reports them. */
export type FilterCounts = Record<string, Record<string, number> | undefined>;

/** One search: the matching pages, best first, each loading its data on demand. */
export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  /**
   * Matching pages per filter value, had that value been selected too. Only for the filters
   * whose index is loaded: all of them once `filters()` has run.
   */
  filters: FilterCounts;
}

/** The part of Pagefind's API the search page uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: object): Promise<PagefindSearch>;
  /** Loads every filter index (a fetch per filter and bundle) and counts pages per value. */
  filters(): Promise<FilterCounts>;
}

/**
 * Results shown at once (more on demand): each needs its fragment, so this sets the bytes of a
 * query beyond the index chunks.
 */
export const RESULTS_PER_BATCH = 10;

/** Pagefind options shared by every bundle, besides the base URL. */
export const PAGEFIND_OPTIONS = {
  /** Words of excerpt around the best match of a post. */
  excerptLength: 24,
} as const;

/**
 * Sets up `api` (the imported `<root><bundles[0]>pagefind.js`) and merges the other bundles.
 * Relevance and filters work across bundles as in one index; a date sort is exact across them
 * too, from each bundle's page dates (`page-dates.ts`). Bundles without that file (written by
 * Pagefind's binary) sort with Pagefind's own list, which is exact within a bundle only:
 * Pagefind 1.6 merges bundles by each result's score, under a sort the page's rank in its own
 * bundle. `root` is the site's base URL; result URLs come back under its path, so the site
 * works under any base. Filter indexes are not loaded here: see `Pagefind.filters`.
 */
export async function setUpPagefind(
  api: Pagefind,
  root: URL,
  bundles: readonly string[],
): Promise<Pagefind> {
  const shared = { ...PAGEFIND_OPTIONS, baseUrl: root.pathname };
  // The bundle writer packs fragments and chunks (`search-packs.ts`); Pagefind asks for each
  // one's own file.
  installPackedFetch();
  // Searching on the page spares every first search Pagefind's worker script (43 KB); a search
  // takes milliseconds (see the search benchmark), too little to need a thread of its own.
  await api.options({ ...shared, noWorker: true });
  for (const bundle of bundles.slice(1)) {
    await api.mergeIndex(new URL(bundle, root).pathname, shared);
  }
  await api.init();
  return api;
}

/** Search options as `search-state.ts` builds them. */
export interface SearchOptions {
  filters: object;
  sort: Record<string, string>;
}

/** Whether `query` is a phrase of at least two words that the reader did not quote already. */
function isPlainPhrase(query: string): boolean {
  return !query.includes('"') && query.trim().split(/\s+/).length >= 2;
}

/**
 * Searches as the search page does. Sorted by relevance, a query of several words puts the
 * pages holding them as an exact phrase (Pagefind's quoted search) first, then the other
 * matches: readers search for what someone said, and Pagefind's ranking does not weigh how
 * close the words are. Both groups keep the plain search's order and data, which weigh a
 * post's own words above quotes of them (a quoted phrase is an exact match too). The phrase
 * search's own data is not used: Pagefind marks one occurrence per page, often a later post
 * quoting the phrase, so the post that said it would not be listed. The phrase search reads
 * the index chunks the plain one loaded, so it fetches nothing more.
 */
export async function searchPagefind(
  api: Pagefind,
  query: string,
  options: SearchOptions,
  pageDates?: () => Promise<readonly PageDates[] | undefined>,
): Promise<PagefindSearch> {
  // CJK characters are single words in the index (see `cjk.ts`), so the query spaces them too.
  const terms = spaceCjk(query).trim().replace(/\s+/g, ' ');
  const order = options.sort['date'];
  const dates = order === undefined ? undefined : await pageDates?.();
  if (dates !== undefined && (order === 'asc' || order === 'desc')) {
    const found = await api.search(terms || null, { ...options, sort: {} });
    return { ...found, results: sortByDate(found.results, dates, order) };
  }
  const plain = await api.search(terms || null, options);
  if (Object.keys(options.sort).length > 0 || !isPlainPhrase(terms)) return plain;
  const exact = await api.search(`"${terms}"`, options);
  if (exact.results.length === 0) return plain;
  const phrase = new Set(exact.results.map((result) => result.id));
  const first = plain.results.filter((result) => phrase.has(result.id));
  const rest = plain.results.filter((result) => !phrase.has(result.id));
  return { ...plain, results: [...first, ...rest] };
}

/**
 * Every bundle's page dates (see `page-dates.ts`), or `undefined` when a bundle has none (one
 * written by Pagefind's binary, whose metadata holds Pagefind's own sort list instead).
 * Revalidated with the server each time (a fixed name), fetched only for a date sort.
 */
export async function loadPageDates(
  root: URL,
  bundles: readonly string[],
): Promise<PageDates[] | undefined> {
  try {
    return await Promise.all(
      bundles.map(async (bundle) => {
        const response = await fetch(new URL(`${bundle}${PAGE_DATES_FILE}`, root), {
          cache: 'no-cache',
        });
        if (!response.ok) throw new Error(`${response.status} ${response.url}`);
        return decodePageDates(await gunzippedText(new Uint8Array(await response.arrayBuffer())));
      }),
    );
  } catch {
    return undefined;
  }
}

/** The text of gzipped bytes, or of the bytes as they are when a server already unpacked them. */
async function gunzippedText(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/** Imports `<root><bundles[0]>pagefind.js` and sets it up (see `setUpPagefind`). */
export async function loadPagefind(root: URL, bundles: readonly string[]): Promise<Pagefind> {
  // Built at run time: the index is written after the Astro build, so Vite must not resolve it.
  const url = new URL(`${bundles[0] ?? 'pagefind/'}pagefind.js`, root).href;
  const api = (await import(/* @vite-ignore */ url)) as Pagefind;
  return setUpPagefind(api, root, bundles.length > 0 ? bundles : ['pagefind/']);
}
