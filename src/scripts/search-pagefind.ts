/**
 * Loads Pagefind's JS API on first use: the primary bundle's `pagefind.js`, with every further
 * bundle (a sharded index, see `search-bundles.ts`) merged in, so one query searches them all.
 */
import type { PagefindResultData } from '../utils/search-results.ts';

/** Counts per value of each filter, as Pagefind reports them. */
export type FilterCounts = Record<string, Record<string, number> | undefined>;

/** One search: the matching pages, best first, each loading its data on demand. */
export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  /** Matching pages per filter value, had that value been selected too. */
  filters: FilterCounts;
}

/** The part of Pagefind's API the search page uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: object): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

/** Words of excerpt around the best match of a post. */
const EXCERPT_WORDS = 24;

/**
 * Imports `<root><bundles[0]>pagefind.js` and merges the other bundles. Relevance and filters
 * work across bundles as in one index. A date sort is exact within a bundle, but Pagefind 1.6
 * merges bundles by each result's score, which under a sort is the page's rank in its own
 * bundle: with several bundles "newest first" is interleaved by rank, close to but not exactly
 * date order (bundles split threads by id, so each holds a similar spread of dates). `root` is the site's
 * base URL; result URLs come back under its path, so the site works under any base.
 */
export async function loadPagefind(root: URL, bundles: readonly string[]): Promise<Pagefind> {
  const [primary = 'pagefind/', ...others] = bundles;
  // Built at run time: the index is written after the Astro build, so Vite must not resolve it.
  const url = new URL(`${primary}pagefind.js`, root).href;
  const api = (await import(/* @vite-ignore */ url)) as Pagefind;
  const shared = { baseUrl: root.pathname, excerptLength: EXCERPT_WORDS };
  await api.options(shared);
  for (const bundle of others) await api.mergeIndex(new URL(bundle, root).pathname, shared);
  await api.init();
  // Loads the filter indexes: without them Pagefind reports no counts per facet value.
  await api.filters();
  return api;
}
