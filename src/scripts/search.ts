/**
 * The search page's behaviour: loads Pagefind's JS API on first use, runs queries, renders
 * results with DOM nodes and `textContent` only, and keeps the query in `?q=`.
 */
import { splitExcerpt } from '../utils/excerpt.ts';
import { pagefindUrl, withBase } from '../utils/url.ts';

/** The part of Pagefind's API this page uses. */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<Search | null>;
}

interface Search {
  results: { data(): Promise<ResultData> }[];
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

const PAGE_SIZE = 20;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // Built at run time: the index is written after the Astro build, so Vite must not resolve it.
    const url = new URL(pagefindUrl(), window.location.href).href;
    const api = (await import(/* @vite-ignore */ url)) as Pagefind;
    await api.options({ baseUrl: withBase('') });
    await api.init();
    return api;
  })();
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function renderResult(data: ResultData): HTMLLIElement {
  const item = element('li');
  const heading = element('h2');
  const link = element('a', data.meta['title'] || data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  const forum = data.filters?.['forum']?.[0];
  if (forum) item.append(element('p', forum, 'meta'));
  const excerpt = element('p', undefined, 'excerpt');
  for (const part of splitExcerpt(data.excerpt)) {
    excerpt.append(part.marked ? element('mark', part.text) : document.createTextNode(part.text));
  }
  item.append(excerpt);
  return item;
}

/** Wires the search form found in `root`. */
export function setUpSearch(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = root.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('ol.results')!;
  const more = root.querySelector<HTMLButtonElement>('button.more')!;
  let shown = 0;
  let current: Search | null = null;
  let latest = 0; // number of the newest query; answers to older ones are dropped

  async function showMore(): Promise<void> {
    if (!current) return;
    const batch = current.results.slice(shown, shown + PAGE_SIZE);
    const search = current;
    const items = await Promise.all(batch.map((result) => result.data()));
    if (search !== current) return;
    list.append(...items.map(renderResult));
    shown += batch.length;
    more.hidden = shown >= current.results.length;
  }

  async function run(query: string): Promise<void> {
    const turn = ++latest;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query.trim()) {
      current = null;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    let search: Search | null;
    try {
      search = await (await loadPagefind()).debouncedSearch(query);
    } catch {
      pagefind = undefined; // let a later query try again
      if (turn !== latest) return;
      status.textContent = 'Search is not available: the search index could not be loaded.';
      return;
    }
    if (search === null || turn !== latest) return; // superseded by a newer query
    current = search;
    shown = 0;
    list.replaceChildren();
    const count = search.results.length;
    status.textContent =
      count === 0
        ? `No results for “${query}”.`
        : `${count} ${count === 1 ? 'result' : 'results'} for “${query}”.`;
    await showMore();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  more.addEventListener('click', () => void showMore());

  const initial = new URL(window.location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
