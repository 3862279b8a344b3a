/**
 * Each post is a Pagefind sub-result: its `<article id="p<n>">` carries `data-pagefind-title`,
 * and Pagefind hands that title back with each matching post. The title is built and read here,
 * so the search page knows the post's number and date without fetching anything else.
 */
import type { NaiveDateTime, PostRecord } from '../../scripts/records/types.ts';

/** What the search page reads back from a post's anchor title. */
export interface PostAnchor {
  n: number;
  date: NaiveDateTime;
}

const TITLE = /^#(\d+) · (\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/;

/** `#12 · 2015-04-11 14:58`: readable in Pagefind's own UIs, parseable by `parsePostAnchor`. */
export function postAnchorTitle(post: Pick<PostRecord, 'n' | 'date'>): string {
  return `#${post.n} · ${post.date.replace('T', ' ')}`;
}

/** The post number and date in an anchor title, or `undefined` for any other title. */
export function parsePostAnchor(title: string | undefined): PostAnchor | undefined {
  const match = title === undefined ? null : TITLE.exec(title);
  if (!match) return undefined;
  return { n: Number(match[1]), date: `${match[2]}T${match[3]}` };
}

/** A thread page's facet and sort values: see `SearchFacets.astro`. */
export interface PageSearchKeys {
  /** Distinct years of the page's posts, ascending. */
  years: string[];
  /** Earliest and latest post date on the page (sortable as text). */
  first: NaiveDateTime;
  last: NaiveDateTime;
}

/** The facet and sort values of a page showing `posts`; `undefined` for no posts. */
export function pageSearchKeys(
  posts: readonly Pick<PostRecord, 'date'>[],
): PageSearchKeys | undefined {
  if (posts.length === 0) return undefined;
  const dates = posts.map((post) => post.date).sort();
  return {
    years: [...new Set(dates.map((date) => date.slice(0, 4)))],
    first: dates[0]!,
    last: dates[dates.length - 1]!,
  };
}
