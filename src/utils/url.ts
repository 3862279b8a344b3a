/**
 * Every internal link of the site is built here, so the site works under any base path
 * (`/` or `/sub/`) and every URL ends in `/` as `trailingSlash: 'always'` requires.
 */
import { pageOfPost } from './paginate.ts';

/** `base` with exactly one trailing slash. */
function normalizeBase(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Prefixes a root-relative `path` (no leading slash) with the site's base path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** One URL path segment, escaped (slugs are ASCII already; this guards against bad records). */
function segment(value: string): string {
  return encodeURIComponent(value);
}

/** `page` as a trailing segment; page 1 has none. */
function pageSuffix(page: number): string {
  return page > 1 ? `${page}/` : '';
}

/** The home page. */
export function homeUrl(): string {
  return withBase('');
}

/** A forum's thread list, page `page` (1-based). */
export function forumUrl(slug: string, page = 1): string {
  return withBase(`f/${segment(slug)}/${pageSuffix(page)}`);
}

/** A thread, page `page` (1-based). */
export function threadUrl(slug: string, page = 1): string {
  return withBase(`t/${segment(slug)}/${pageSuffix(page)}`);
}

/** Post number `n` of a thread: its page plus the `#p<n>` anchor. */
export function postUrl(slug: string, n: number): string {
  return `${threadUrl(slug, pageOfPost(n))}#p${n}`;
}

/** The search page, optionally with a query. */
export function searchUrl(query?: string): string {
  const url = withBase('search/');
  return query ? `${url}?q=${encodeURIComponent(query)}` : url;
}

/** Pagefind's JS API, written into the site by the CLI after the Astro build. */
export function pagefindUrl(): string {
  return withBase('pagefind/pagefind.js');
}

/** An author's posts (`authors/<id>.json`), page `page` (1-based). */
export function authorUrl(id: string, page = 1): string {
  return withBase(`authors/${segment(id)}/${pageSuffix(page)}`);
}

/** A tag's threads (`tags/<id>.json`), page `page` (1-based). */
export function tagUrl(id: string, page = 1): string {
  return withBase(`tags/${segment(id)}/${pageSuffix(page)}`);
}
