/**
 * Runs a built site's Pagefind browser bundle in Node, as the search page does: `pagefind.js`
 * imported from disk and set up by the page's own `setUpPagefind`, with a `fetch` that reads the
 * site's files and counts the bytes a browser would download, per kind of file. Pagefind needs
 * no DOM here, and no web worker (the search page asks for none either).
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Pagefind } from '../../../src/scripts/search-pagefind.ts';
import { setUpPagefind } from '../../../src/scripts/search-pagefind.ts';
import type { BytesByKind } from './file-kinds.ts';
import { fileKind, noBytes } from './file-kinds.ts';

/** Pagefind as the benchmark uses it: the search page's API plus `destroy`. */
export interface NodePagefind extends Pagefind {
  destroy(): Promise<void>;
}

/** Bytes read through the shimmed `fetch` since the last `takeBytes()`. */
let fetched = noBytes();

/** Returns and resets the byte counts. */
export function takeBytes(): BytesByKind {
  const bytes = fetched;
  fetched = noBytes();
  return bytes;
}

/**
 * Replaces the global `fetch` with one that reads `file:` URLs (or absolute paths, as merged
 * bundles are fetched) from disk and counts them. It answers a `Range: bytes=a-b` header as a
 * static server does (206 and those bytes), as the search page reads packed fragments and chunks.
 */
export function installFileFetch(): void {
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'file:///');
    if (url.protocol !== 'file:') throw new Error(`benchmark fetch: only file: URLs, got ${url}`);
    const file = readFileSync(fileURLToPath(url));
    const range = /^bytes=(\d+)-(\d+)$/.exec(new Headers(init?.headers).get('range') ?? '');
    const data = range ? file.subarray(Number(range[1]), Number(range[2]) + 1) : file;
    fetched[fileKind(url.pathname)] += data.length;
    const type = url.pathname.includes('/wasm.') ? 'application/wasm' : 'application/octet-stream';
    return new Response(data, { status: range ? 206 : 200, headers: { 'content-type': type } });
  }) as typeof fetch;
}

let instances = 0;

/**
 * A fresh Pagefind over `bundles` (folders of the site at `root`, a `file:` URL ending in `/`,
 * the first bundle the primary), counting the entry script too. Each call imports a new copy
 * of the module, so nothing is cached. Result URLs start with `root`'s path.
 */
export async function openPagefind(root: URL, bundles: readonly string[]): Promise<NodePagefind> {
  const entry = new URL(`${bundles[0]}pagefind.js`, root);
  fetched['pagefind.js'] += statSync(entry).size;
  entry.search = `?instance=${++instances}`;
  const api = (await import(entry.href)) as NodePagefind;
  await setUpPagefind(api, root, bundles);
  return api;
}

/** The `file:` URL of a site folder, ending in `/`. */
export function siteRoot(dir: string): URL {
  return pathToFileURL(`${dir.replace(/\/+$/, '')}/`);
}
