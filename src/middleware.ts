/**
 * Runs around every page render at build time and records which page is being rendered, so
 * `src/utils/url.ts` can make its links relative to it (see `src/utils/page-context.ts`).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { defineMiddleware } from 'astro:middleware';
import { PAGE_CONTEXT_KEY, type PageContext } from './utils/page-context.ts';

const registry = globalThis as Record<symbol, AsyncLocalStorage<PageContext> | undefined>;
const storage = (registry[PAGE_CONTEXT_KEY] ??= new AsyncLocalStorage<PageContext>());

export const onRequest = defineMiddleware((context, next) => {
  const path = context.url.pathname;
  // Hosts serve the 404 page at whatever URL was missing: only base-absolute links work there.
  const relative = !/\/404(\.html|\/)?$/.test(path) && !/\.(xml|txt|json)$/.test(path);
  // A static build renders each page to a string before `next()` resolves, so the whole render
  // runs in the store's scope. The dev server streams: its components render while the body is
  // read, so there the body is read inside the scope (a copy per page the build need not pay).
  if (!import.meta.env.DEV) return storage.run({ path, relative }, next);
  return storage.run({ path, relative }, async () => {
    const response = await next();
    const body = await response.text();
    return new Response(body, { status: response.status, headers: response.headers });
  });
});
