/**
 * Turns Pagefind's answer for one indexed page (a page of a thread) into what the search page
 * shows: the thread, its forum, the page number, and the matching posts (Pagefind sub-results,
 * see `search-anchor.ts`) with the best match first. Pure, so it is tested without a browser.
 */
import type { NaiveDateTime } from '../../scripts/records/types.ts';
import { parsePostAnchor } from './search-anchor.ts';

/** The part of Pagefind's sub-result this module reads. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string } | undefined;
  weighted_locations?: { balanced_score: number }[] | undefined;
}

/** The part of Pagefind's result data this module reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined> | undefined;
  sub_results?: PagefindSubResult[] | undefined;
}

/** A matching post. `url` is its page plus `#p<n>`; `excerpt` is Pagefind's (see `excerpt.ts`). */
export interface PostHit {
  n: number;
  date: NaiveDateTime;
  url: string;
  excerpt: string;
  score: number;
  /** Distinct words marked in the excerpt: how many of the query's words the post holds. */
  matched: number;
}

/** A matching page of a thread. */
export interface PageHit {
  url: string;
  title: string;
  forum: string | undefined;
  /** 1-based page of the thread. */
  page: number;
  /** Matching posts, best first; empty when only the thread title matched. */
  posts: PostHit[];
  excerpt: string;
}

/**
 * The thread page number in a thread URL (`…/t/<bucket>/<slug>/3/` → 3; page 1 has no number).
 * Both folders are skipped first: a bucket or slug may itself be digits (`/t/12/12/`).
 */
export function threadPageOf(url: string): number {
  const match = /\/t\/[^/?#]+\/[^/?#]+\/(\d+)\/?(?:[?#]|$)/.exec(url);
  return match ? Number(match[1]) : 1;
}

/** Distinct words Pagefind marked in an excerpt (case and spacing aside). */
export function markedWords(excerpt: string): number {
  const marked = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.toLowerCase());
  return new Set(marked).size;
}

function score(sub: PagefindSubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
}

/** How a page's matching posts are ordered: best match first, or by date. */
export type PostOrder = 'relevance' | 'newest' | 'oldest';

const ORDERS: Record<PostOrder, (a: PostHit, b: PostHit) => number> = {
  // A post holding more of the query's words first (the one that said the phrase, not the one
  // repeating its commonest word), then Pagefind's score.
  relevance: (a, b) => b.matched - a.matched || b.score - a.score || a.n - b.n,
  newest: (a, b) => b.date.localeCompare(a.date) || b.n - a.n,
  oldest: (a, b) => a.date.localeCompare(b.date) || a.n - b.n,
};

/**
 * The page hit for Pagefind's `data`. With `years`, only posts written in those years are kept
 * (a year filter matches a page holding any post of that year; see `SearchFacets.astro`).
 */
export function pageHit(
  data: PagefindResultData,
  years: readonly string[] = [],
  order: PostOrder = 'relevance',
): PageHit {
  const posts: PostHit[] = [];
  for (const sub of data.sub_results ?? []) {
    const anchor = sub.anchor ? parsePostAnchor(sub.title) : undefined;
    if (!anchor) continue;
    if (years.length > 0 && !years.includes(anchor.date.slice(0, 4))) continue;
    const matched = markedWords(sub.excerpt);
    posts.push({ ...anchor, url: sub.url, excerpt: sub.excerpt, score: score(sub), matched });
  }
  posts.sort(ORDERS[order]);
  return {
    url: data.url,
    title: data.meta['title'] || data.url,
    forum: data.filters?.['forum']?.[0],
    page: threadPageOf(data.url),
    posts,
    excerpt: data.excerpt,
  };
}

/** The words of `query` that the landing page should highlight (quotes dropped, deduplicated). */
export function highlightTerms(query: string): string[] {
  const words = query.replaceAll('"', ' ').split(/\s+/);
  return [...new Set(words.filter((word) => word !== ''))];
}

/** The query parameter the thread pages read their highlight terms from. */
export const HIGHLIGHT_PARAM = 'highlight';

/** `url` (path, optional `#hash`) with one `highlight` parameter per term of `query`. */
export function withHighlight(url: string, query: string): string {
  const parsed = new URL(url, 'https://archive.invalid');
  for (const term of highlightTerms(query)) parsed.searchParams.append(HIGHLIGHT_PARAM, term);
  const origin = /^[a-z][a-z\d+.-]*:/i.test(url) ? parsed.origin : '';
  return `${origin}${parsed.pathname}${parsed.search}${parsed.hash}`;
}
