import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PageFile } from './shards.ts';

/** Every HTML page of a built site (site-relative paths), leaving out Pagefind's own bundles. */
export function listHtml(siteDir: string): PageFile[] {
  const pages: PageFile[] = [];
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!(prefix === '' && entry.name.startsWith('pagefind')))
          visit(join(dir, entry.name), path);
      } else if (entry.name.endsWith('.html')) {
        pages.push({ path, bytes: statSync(join(dir, entry.name)).size });
      }
    }
  };
  visit(siteDir, '');
  return pages;
}
