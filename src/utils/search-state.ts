/**
 * The search page's state (query, facet filters, sort) as it lives in the URL, so a search can
 * be bookmarked, shared, and restored by back/forward: `/search/?q=…&forum=…&year=…&sort=…`.
 */

/** The facets, in the order the page shows them. */
export const FACETS = ['forum', 'year', 'author', 'tag'] as const;
export type Facet = (typeof FACETS)[number];

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SORTS)[number];

export interface SearchState {
  query: string;
  /** Selected values per facet; a page matches when it has any of them. */
  filters: Record<Facet, string[]>;
  sort: SearchSort;
}

/** The state of a fresh search page. */
export function emptySearchState(): SearchState {
  return { query: '', filters: { forum: [], year: [], author: [], tag: [] }, sort: 'relevance' };
}

/** Reads the state from a URL's query string; unknown parameters and values are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const state = emptySearchState();
  state.query = params.get('q') ?? '';
  for (const facet of FACETS) {
    state.filters[facet] = [...new Set(params.getAll(facet).filter((value) => value !== ''))];
  }
  const sort = params.get('sort');
  if ((SORTS as readonly string[]).includes(sort ?? '')) state.sort = sort as SearchSort;
  return state;
}

/** The query string for `state`, leaving out defaults, in a stable order. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const facet of FACETS) {
    for (const value of state.filters[facet]) params.append(facet, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** Whether two states would show the same search. */
export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return writeSearchState(a).toString() === writeSearchState(b).toString();
}

/** Pagefind's search options for `state` (see `SearchFacets.astro` for the sort keys). */
export function pagefindSearchOptions(state: SearchState): {
  filters: Partial<Record<Facet, { any: string[] }>>;
  sort: Record<string, 'asc' | 'desc'>;
} {
  const filters: Partial<Record<Facet, { any: string[] }>> = {};
  for (const facet of FACETS) {
    if (state.filters[facet].length > 0) filters[facet] = { any: state.filters[facet] };
  }
  const sort: Record<string, 'asc' | 'desc'> =
    state.sort === 'newest' ? { date: 'desc' } : state.sort === 'oldest' ? { date: 'asc' } : {};
  return { filters, sort };
}
