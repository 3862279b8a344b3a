/**
 * The path of the page being rendered, so `url.ts` can write page-relative links without every
 * component passing `Astro.url` down. Set per request by `src/middleware.ts` through an
 * `AsyncLocalStorage` kept on `globalThis` (pages render concurrently; a module variable would
 * leak between them). In the browser nothing is set and links stay base-absolute.
 */

/** What the middleware stores for one page render. */
export interface PageContext {
  /** The page's URL path, e.g. `/sub/t/abc/2/`. */
  path: string;
  /** Whether links on this page may be relative (not on the 404 page, served at any URL). */
  relative: boolean;
}

interface Store {
  getStore(): PageContext | undefined;
}

/** The `globalThis` key the middleware registers its store under. */
export const PAGE_CONTEXT_KEY = Symbol.for('forum-archive.page-context');

/** The page being rendered, or `undefined` outside a page render (browser, tests, endpoints). */
export function currentPage(): PageContext | undefined {
  const store = (globalThis as Record<symbol, Store | undefined>)[PAGE_CONTEXT_KEY];
  return store?.getStore();
}
