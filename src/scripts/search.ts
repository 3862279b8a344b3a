/**
 * The search page's behaviour: the state (query, facets, sort) lives in the URL; a committed
 * search (Enter, a facet, the sort) is a history entry, typing only replaces the current one,
 * and back/forward restore a search. Pagefind loads on first use (see `search-pagefind.ts`).
 */
import { pageHit } from '../utils/search-results.ts';
import type { SearchState } from '../utils/search-state.ts';
import {
  FACETS,
  pagefindSearchOptions,
  readSearchState,
  sameSearchState,
  writeSearchState,
} from '../utils/search-state.ts';
import { setUpResultKeys } from './search-keyboard.ts';
import type { Pagefind, PagefindSearch } from './search-pagefind.ts';
import {
  loadPageDates,
  loadPagefind,
  RESULTS_PER_BATCH,
  searchPagefind,
} from './search-pagefind.ts';
import { renderFacet, renderHit } from './search-render.ts';

/** Whether `state` asks for nothing. */
function isBlank(state: SearchState): boolean {
  return state.query.trim() === '' && FACETS.every((facet) => state.filters[facet].length === 0);
}

/** Quiet time after a keystroke before searching. */
const TYPING_DELAY_MS = 250;

/** Wires the search UI found in `root` (see `Search.astro`). */
export function setUpSearch(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const facets = root.querySelector<HTMLElement>('.facets')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('ol.results')!;
  const more = root.querySelector<HTMLButtonElement>('button.more')!;
  // The site root: `data-root` may be page-relative, so resolve it against this page.
  const siteRoot = new URL('.', new URL(root.dataset['root'] ?? '../', window.location.href));
  const bundles = JSON.parse(root.dataset['bundles'] ?? '["pagefind/"]') as string[];

  let pagefind: Promise<Pagefind> | undefined;
  let state = readSearchState(new URL(window.location.href).searchParams);
  let current: PagefindSearch | undefined;
  let shown = 0;
  let latest = 0; // number of the newest search; answers to older ones are dropped
  let typing: ReturnType<typeof setTimeout> | undefined;
  let draft = false; // the history entry holds a typed, not yet committed search

  const api = () => {
    pagefind ??= loadPagefind(siteRoot, bundles).catch((error: unknown) => {
      pagefind = undefined; // let a later search try again
      throw error;
    });
    return pagefind;
  };
  // Loaded on the first date-sorted search only (see `page-dates.ts`).
  let pageDates: ReturnType<typeof loadPageDates> | undefined;
  const withDates = root.dataset['pageDates'] !== 'false';
  const dates = () =>
    withDates ? (pageDates ??= loadPageDates(siteRoot, bundles)) : Promise.resolve(undefined);

  // The filter indexes behind the facet counts: loaded once, after the first results are
  // shown, so the first answer does not wait for them (50 KB at 10k threads in 3 bundles, a
  // fifth of the 250 KB a first query may fetch). Until then a search reports counts only
  // for the facets it filters by, so the facets stay hidden.
  let filterIndexes: Promise<unknown> | undefined;
  let counting = false;
  const countFacets = (loaded: Pagefind) => {
    filterIndexes ??= loaded.filters().then(
      () => (counting = true),
      () => (filterIndexes = undefined),
    );
    return filterIndexes;
  };

  function showForm(): void {
    input.value = state.query;
    sort.value = state.sort;
  }

  function setUrl(mode: 'push' | 'replace'): void {
    const url = new URL(window.location.href);
    url.search = writeSearchState(state).toString();
    if (url.href === window.location.href) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  async function showMore(): Promise<void> {
    const search = current;
    if (!search) return;
    const batch = search.results.slice(shown, shown + RESULTS_PER_BATCH);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (search !== current) return;
    list.append(
      ...data.map((item) => renderHit(pageHit(item, state.filters.year, state.sort), state.query)),
    );
    shown += batch.length;
    more.hidden = shown >= search.results.length;
  }

  function showFacets(search: PagefindSearch): void {
    const sets = FACETS.map((facet) =>
      renderFacet(facet, search.filters[facet], state.filters[facet]),
    );
    facets.replaceChildren(...sets.filter((set) => set !== undefined));
    facets.hidden = facets.childElementCount === 0;
  }

  function clear(message: string): void {
    current = undefined;
    list.replaceChildren();
    facets.replaceChildren();
    facets.hidden = true;
    more.hidden = true;
    status.textContent = message;
  }

  async function run(): Promise<void> {
    const turn = ++latest;
    const query = state.query.trim();
    if (isBlank(state)) return clear('');
    status.textContent = 'Searching…';
    const options = pagefindSearchOptions(state);
    let loaded: Pagefind;
    let search: PagefindSearch;
    try {
      loaded = await api();
      search = await searchPagefind(loaded, query, options, dates);
    } catch {
      if (turn === latest) clear('Search is not available: the search index could not be loaded.');
      return;
    }
    if (turn !== latest) return; // superseded by a newer search
    current = search;
    shown = 0;
    list.replaceChildren();
    if (counting) showFacets(search);
    else facets.hidden = true;
    await showMore();
    if (turn !== latest) return;
    // Announced once the first results are on the page, so the count and the list agree.
    const count = search.results.length;
    const what = query ? ` for “${query}”` : '';
    status.textContent =
      count === 0
        ? `No thread pages match${what}. Try fewer or other words, or remove a filter.`
        : `${count} matching thread ${count === 1 ? 'page' : 'pages'}${what}.`;
    if (counting) return;
    await countFacets(loaded);
    if (turn !== latest || !counting) return;
    // The same search again, now with every filter index loaded: only the counts are new.
    const counted = await searchPagefind(loaded, query, options, dates).catch(() => undefined);
    if (counted && turn === latest) showFacets(counted);
  }

  /**
   * Makes `next` the current search. History: a blank search gets no entry of its own; typing
   * after a committed search starts a new entry and keeps replacing it (a draft) until the next
   * commit; a commit (Enter, a facet, the sort) from a committed search adds an entry.
   */
  function commit(next: SearchState, kind: 'typed' | 'committed'): void {
    clearTimeout(typing);
    const blank = isBlank(state);
    const changed = !sameSearchState(next, state);
    state = next;
    setUrl(changed && !blank && !draft ? 'push' : 'replace');
    if (changed || kind === 'committed') draft = kind === 'typed';
    void run();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit({ ...state, query: input.value }, 'committed');
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit({ ...state, query: input.value }, 'typed'), TYPING_DELAY_MS);
    // Pagefind loads while the reader types, not after the pause: its script, wasm and metadata
    // are fetched before any query anyway. A failure is reported by the search itself.
    api().catch(() => undefined);
  });
  sort.addEventListener('change', () => {
    commit({ ...state, query: input.value, sort: sort.value as SearchState['sort'] }, 'committed');
  });
  facets.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const facet = FACETS.find((name) => name === box.name);
    if (!facet) return;
    const values = state.filters[facet].filter((value) => value !== box.value);
    if (box.checked) values.push(box.value);
    const filters = { ...state.filters, [facet]: values };
    commit({ ...state, query: input.value, filters }, 'committed');
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    state = readSearchState(new URL(window.location.href).searchParams);
    draft = false;
    showForm();
    void run();
  });
  setUpResultKeys(input, list);

  showForm();
  input.focus();
  void run();
}
