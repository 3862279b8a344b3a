/**
 * DOM for the search page: results and facets, built with `textContent` only, so nothing from
 * the index is ever parsed as HTML.
 */
import { splitExcerpt } from '../utils/excerpt.ts';
import { formatCount, formatDateTime } from '../utils/format.ts';
import type { PageHit } from '../utils/search-results.ts';
import { withHighlight } from '../utils/search-results.ts';
import type { Facet } from '../utils/search-state.ts';

/** Posts shown per page hit before "show more". */
const POSTS_SHOWN = 5;
/** Facet values shown before the rest (the most frequent first, selected ones always). */
const VALUES_SHOWN = 30;

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

function excerptNode(excerpt: string): HTMLParagraphElement {
  const node = element('p', undefined, 'excerpt');
  for (const part of splitExcerpt(excerpt)) {
    node.append(part.marked ? element('mark', part.text) : document.createTextNode(part.text));
  }
  return node;
}

function link(text: string, href: string): HTMLAnchorElement {
  const node = element('a', text, 'result-link');
  node.href = href;
  return node;
}

/** One result: the thread page, its forum and page number, and its matching posts. */
export function renderHit(hit: PageHit, query: string): HTMLLIElement {
  const item = element('li', undefined, 'result');
  const best = hit.posts[0];
  const heading = element('h2');
  heading.append(link(hit.title, withHighlight(best?.url ?? hit.url, query)));
  const where = [hit.forum, hit.page > 1 ? `page ${hit.page}` : undefined];
  const count = hit.posts.length > 1 ? `${formatCount(hit.posts.length)} matching posts` : '';
  item.append(heading, element('p', [...where, count].filter(Boolean).join(' · '), 'meta'));
  if (!best) {
    item.append(excerptNode(hit.excerpt));
    return item;
  }
  const posts = element('ol', undefined, 'posts');
  for (const [index, post] of hit.posts.entries()) {
    const entry = element('li');
    entry.hidden = index >= POSTS_SHOWN;
    entry.append(link(`#${post.n} · ${formatDateTime(post.date)}`, withHighlight(post.url, query)));
    entry.append(excerptNode(post.excerpt));
    posts.append(entry);
  }
  item.append(posts);
  const hidden = hit.posts.length - POSTS_SHOWN;
  if (hidden > 0) {
    const more = element('button', `Show ${formatCount(hidden)} more posts`, 'more-posts');
    more.type = 'button';
    more.addEventListener('click', () => {
      for (const entry of posts.children) (entry as HTMLElement).hidden = false;
      more.remove();
      posts.querySelectorAll('a')[POSTS_SHOWN]?.focus();
    });
    item.append(more);
  }
  return item;
}

const LEGENDS: Record<Facet, string> = {
  forum: 'Forum',
  year: 'Year',
  author: 'Author',
  tag: 'Tag',
};

/** The values to offer: selected ones, then the rest by count (years newest first). */
function offered(facet: Facet, counts: Record<string, number>, selected: string[]): string[] {
  const values = Object.keys(counts).filter((value) => counts[value]! > 0);
  if (facet === 'year') values.sort((a, b) => b.localeCompare(a));
  else values.sort((a, b) => counts[b]! - counts[a]! || a.localeCompare(b));
  const rest = values.filter((value) => !selected.includes(value)).slice(0, VALUES_SHOWN);
  return [...selected, ...rest];
}

/** A facet as checkboxes with counts; `undefined` when it has no values to offer. */
export function renderFacet(
  facet: Facet,
  counts: Record<string, number> | undefined,
  selected: string[],
): HTMLFieldSetElement | undefined {
  const values = offered(facet, counts ?? {}, selected);
  if (values.length === 0) return undefined;
  const fieldset = element('fieldset');
  fieldset.append(element('legend', LEGENDS[facet]));
  for (const value of values) {
    const label = element('label');
    const box = element('input');
    box.type = 'checkbox';
    box.name = facet;
    box.value = value;
    box.checked = selected.includes(value);
    label.append(
      box,
      element('span', value),
      element('span', formatCount(counts?.[value] ?? 0), 'count'),
    );
    fieldset.append(label);
  }
  return fieldset;
}
