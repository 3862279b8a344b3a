import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageFile } from './shards.ts';

/**
 * The pages of a built site that Pagefind indexes: those with a `data-pagefind-body` region (the
 * thread pages). Site-relative paths; Pagefind's own bundles and the `data/` records are skipped.
 */
export function listIndexedPages(siteDir: string): PageFile[] {
  const pages: PageFile[] = [];
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        const bundleOrData =
          prefix === '' && (entry.name.startsWith('pagefind') || entry.name === 'data');
        if (!bundleOrData) visit(join(dir, entry.name), path);
      } else if (entry.name.endsWith('.html')) {
        const html = readFileSync(join(dir, entry.name));
        if (html.includes('data-pagefind-body')) pages.push({ path, bytes: html.length });
      }
    }
  };
  visit(siteDir, '');
  return pages;
}
