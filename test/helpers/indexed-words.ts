import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { threadIndexDocuments } from '../../scripts/search/index.ts';
import { spaceCjk } from '../../src/utils/cjk.ts';
import type { ThreadRecord } from '../../scripts/records/types.ts';

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
  return spaceCjk(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * For every thread of a built archive, the words each rendered thread page holds in its indexed
 * region and the words its index document holds, keyed by page path: equal when search indexes
 * exactly what the pages show.
 */
export function pagesAndDocuments(
  out: string,
  records: string,
): { path: string; page: string[]; document: string[] }[] {
  return readdirSync(join(records, 'threads')).flatMap((file) => {
    const thread = JSON.parse(readFileSync(join(records, 'threads', file), 'utf8')) as ThreadRecord;
    return threadIndexDocuments(thread).map((document) => ({
      path: document.path,
      page: indexedWords(readFileSync(join(out, document.path), 'utf8')),
      document: indexedWords(document.html),
    }));
  });
}

/**
 * Expects every thread page of a built archive to hold, in its indexed region, exactly the words
 * of its index document; at least `minimumPages` pages, and, unless `emptyPages` (dumps with
 * empty posts), each with some words, so no comparison passes vacuously.
 */
export function expectDocumentsMatchPages(
  out: string,
  records: string,
  { minimumPages = 1, emptyPages = false } = {},
): void {
  const pages = pagesAndDocuments(out, records);
  expect(pages.length).toBeGreaterThanOrEqual(minimumPages);
  for (const { path, page, document } of pages) {
    if (!emptyPages) expect(page.length, path).toBeGreaterThan(0);
    expect(document, path).toEqual(page);
  }
}
