import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { spaceCjk } from '../../src/utils/cjk.ts';
import { readBundle } from './pagefind-bundle.ts';

/** A copy of `node` without the subtrees Pagefind skips (`data-pagefind-ignore`). */
function withoutIgnored<T extends Nodes>(node: T): T {
  if (!('children' in node)) return node;
  const children = node.children
    .filter((child) => !(child.type === 'element' && 'dataPagefindIgnore' in child.properties))
    .map((child) => withoutIgnored(child));
  return { ...node, children } as T;
}

function findBody(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if ('dataPagefindBody' in child.properties) return child;
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * The words of a page's indexed region as Pagefind reads them: the `data-pagefind-body` element
 * minus ignored parts, split into runs of letters and digits (punctuation does not make words),
 * each CJK character a word of its own as the index documents write them (`src/utils/cjk.ts`).
 */
export function indexedWords(html: string): string[] {
  const body = findBody(fromHtml(html));
  if (!body) return [];
  const text = toText(withoutIgnored(body), { whitespace: 'pre' });
  return textWords(text);
}

/** Runs of letters and digits, each CJK character one of its own: how words are compared here. */
function textWords(text: string): string[] {
  return spaceCjk(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every thread page of the built site in `out`, as site-relative paths of `index.html` files. */
function threadPages(out: string): string[] {
  return (readdirSync(join(out, 't'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `t/${file}`)
    .sort();
}

/**
 * For every thread page of a built archive, the words the page holds in its indexed region and
 * the words its search index fragment holds (whichever bundle it is in), keyed by page path.
 */
export function pagesAndIndex(out: string): { path: string; page: string[]; index?: string[] }[] {
  const indexed = new Map<string, string[]>();
  for (const bundle of readdirSync(out).filter((name) => /^pagefind(-\d+)?$/.test(name))) {
    for (const fragment of readBundle(join(out, bundle)).fragments.values()) {
      indexed.set(`${fragment.url.slice(1)}index.html`, textWords(fragment.content));
    }
  }
  return threadPages(out).map((path) => ({
    path,
    page: indexedWords(readFileSync(join(out, path), 'utf8')),
    ...(indexed.has(path) && { index: indexed.get(path)! }),
  }));
}

/**
 * Expects the search index of a built archive to hold, for every thread page, exactly the words
 * the page shows in its indexed region; at least `minimumPages` pages, and, unless `emptyPages`
 * (dumps with empty posts), each with some words, so no comparison passes vacuously.
 */
export function expectIndexMatchesPages(
  out: string,
  { minimumPages = 1, emptyPages = false } = {},
): void {
  const pages = pagesAndIndex(out);
  expect(pages.length).toBeGreaterThanOrEqual(minimumPages);
  for (const { path, page, index } of pages) {
    if (!emptyPages) expect(page.length, path).toBeGreaterThan(0);
    expect(index, path).toEqual(page);
  }
}
