/**
 * Runs a built site's Pagefind browser bundle in Node, as the search page does: `pagefind.js`
 * imported from disk, with a `fetch` that reads the site's files and counts the bytes a browser
 * would download. Pagefind needs no DOM here (without `window` it runs without a worker).
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindResultData } from '../../../src/utils/search-results.ts';

/** The part of Pagefind's API the benchmark uses. */
export interface NodePagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<unknown>;
  destroy(): Promise<void>;
}

/** Bytes read through the shimmed `fetch` since the last `takeBytes()`. */
let fetched = 0;

/** Returns and resets the byte count. */
export function takeBytes(): number {
  const bytes = fetched;
  fetched = 0;
  return bytes;
}

/** Replaces the global `fetch` with one that reads `file:` URLs from disk and counts them. */
export function installFileFetch(): void {
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') throw new Error(`benchmark fetch: only file: URLs, got ${url}`);
    const data = readFileSync(fileURLToPath(url));
    fetched += data.length;
    const type = url.pathname.includes('/wasm.') ? 'application/wasm' : 'application/octet-stream';
    return new Response(data, { headers: { 'content-type': type } });
  }) as typeof fetch;
}

let instances = 0;

/**
 * A fresh Pagefind over `bundles` (folders of `siteDir`, the first the primary), counting the
 * entry script too. Each call imports a new copy of the module, so nothing is cached.
 */
export async function openPagefind(
  siteDir: string,
  bundles: readonly string[],
): Promise<NodePagefind> {
  const [primary, ...others] = bundles;
  const entry = pathToFileURL(`${siteDir}/${primary}pagefind.js`);
  fetched += statSync(entry).size;
  entry.search = `?instance=${++instances}`;
  const api = (await import(entry.href)) as NodePagefind;
  await api.options({ baseUrl: '/', excerptLength: 24 });
  for (const bundle of others) {
    await api.mergeIndex(pathToFileURL(`${siteDir}/${bundle}`).href, { baseUrl: '/' });
  }
  await api.init();
  await api.filters(); // as the search page does, for its facet counts
  return api;
}
