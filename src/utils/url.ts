/**
 * Every internal link of the site is built here. While a page renders (see `page-context.ts`)
 * links are relative to that page and name `index.html` explicitly, so one build works from any
 * base path, any host, and from disk (`file://`, where folders do not resolve to their index).
 * Elsewhere (the browser, the 404 page, endpoints) they are absolute under the base path.
 */
import { currentPage } from './page-context.ts';
import { pageOfPost } from './paginate.ts';

/** `base` with exactly one leading and one trailing slash. */
function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The site's base path, `/` or `/sub/`. */
export function basePath(base: string = import.meta.env.BASE_URL): string {
  return normalizeBase(base);
}

/**
 * `path` (relative to the site root, e.g. `f/x/` or `t/y/2/#p5`) as a link from the page at
 * `fromPath` (a URL path under `base`): `../`s up to the root, then `path`, with `index.html`
 * after a trailing slash. Pure; exported for tests.
 */
export function relativeFrom(fromPath: string, path: string, base = '/'): string {
  const root = normalizeBase(base);
  const inside = fromPath.startsWith(root) ? fromPath.slice(root.length) : fromPath.slice(1);
  const depth = inside.split('/').length - 1;
  const match = /^([^?#]*)(.*)$/.exec(path.replace(/^\/+/, ''))!;
  const file = match[1] === '' || match[1]!.endsWith('/') ? `${match[1]}index.html` : match[1];
  return `${'../'.repeat(depth)}${file}${match[2]}`;
}

/** A link to `path` (relative to the site root) from the page being rendered. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const page = currentPage();
  if (page?.relative) return relativeFrom(page.path, path, base);
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** A base-absolute asset URL from Astro (e.g. `/sub/_astro/x.css`) as a link from this page. */
export function assetUrl(absolute: string): string {
  const base = basePath();
  return absolute.startsWith(base) ? withBase(absolute.slice(base.length)) : absolute;
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
  return withBase(forumPath(slug, page));
}

/** A thread, page `page` (1-based). */
export function threadUrl(slug: string, page = 1): string {
  return withBase(threadPath(slug, page));
}

/** Post number `n` of a thread: its page plus the `#p<n>` anchor. */
export function postUrl(slug: string, n: number): string {
  return `${threadUrl(slug, pageOfPost(n))}#p${n}`;
}

/** The date archive: all years, one year (`2015`), or one month (`2015`, `4`). */
export function archiveUrl(year?: number, month?: number): string {
  if (year === undefined) return withBase('archive/');
  const mm = month === undefined ? '' : `${String(month).padStart(2, '0')}/`;
  return withBase(`archive/${year}/${mm}`);
}

/** One forum's year in the date archive. */
export function forumArchiveUrl(slug: string, year: number): string {
  return withBase(`${forumPath(slug)}archive/${year}/`);
}

/** The About page (provenance). */
export function aboutUrl(): string {
  return withBase('about/');
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

/**
 * The absolute URL of site path `path` (e.g. `t/x/`, relative to the site root) for `site`
 * (`--site`). A site URL whose path already ends in the base (`https://host/sub/` with base
 * `/sub/`, or any path with base `/`) holds the root; otherwise the base goes after its origin.
 */
export function absoluteUrl(site: URL | string, path: string, base = basePath()): string {
  const url = new URL(site);
  const root = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const prefix = root.endsWith(normalizeBase(base)) ? root : normalizeBase(base);
  return new URL(prefix + path.replace(/^\/+/, ''), url.origin).href;
}

/**
 * The folder of a thread inside `t/`: the first two characters of its id, which is the slug up to
 * its first `-` (`threadSlugOf`). Hex ids make 256 folders, so no folder comes near the 50,000
 * entries some hosts allow.
 */
export function threadBucket(slug: string): string {
  return slug.split('-', 1)[0]!.slice(0, 2).toLowerCase();
}

/** Site path (root-relative, no leading slash) of a thread page: `t/<bucket>/<slug>/[n/]`. */
export function threadPath(slug: string, page = 1): string {
  return `t/${segment(threadBucket(slug))}/${segment(slug)}/${pageSuffix(page)}`;
}

/** Site path of a forum page, for absolute URLs. */
export function forumPath(slug: string, page = 1): string {
  return `f/${segment(slug)}/${pageSuffix(page)}`;
}

/**
 * The folder of an author's pages: the id's last two characters (`u12345` → `45`). A Stack
 * Exchange site has authors by the hundred thousand, and one folder of them all would pass static
 * hosts' limits (Netlify: 54,000 entries a folder); ids are numbered in turn, so their last
 * digits spread them evenly over 100 folders.
 */
export function authorBucket(id: string): string {
  return id.slice(-2).toLowerCase();
}

/** Site path of an author's page, for absolute URLs: `authors/<bucket>/<id>/[n/]`. */
export function authorPath(id: string, page = 1): string {
  return `authors/${segment(authorBucket(id))}/${segment(id)}/${pageSuffix(page)}`;
}

/** Site path of a tag's page, for absolute URLs. */
export function tagPath(id: string, page = 1): string {
  return `tags/${segment(id)}/${pageSuffix(page)}`;
}

/** URL of an author's page of posts, page `page` (1-based). */
export function authorUrl(id: string, page = 1): string {
  return withBase(authorPath(id, page));
}

/** A tag's threads (`tags/<id>.json`), page `page` (1-based). */
export function tagUrl(id: string, page = 1): string {
  return withBase(tagPath(id, page));
}
