/**
 * Re-indexes a built site as two Pagefind bundles (`pagefind/` and `pagefind-1/`, each with half
 * of the thread pages) and points the search page at both, as a sharded build does: a test of
 * the search page's merging that does not depend on how the CLI splits its shards.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';

function threadPages(dir: string): string[] {
  return readdirSync(join(dir, 't'), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('index.html'))
    .map((path) => relative(dir, join(dir, 't', path)))
    .sort();
}

/** Rewrites `siteDir`'s search index as two bundles; returns their paths. */
export async function reindexAsTwoBundles(siteDir: string): Promise<string[]> {
  const pages = threadPages(siteDir);
  const halves = [pages.slice(0, pages.length / 2), pages.slice(pages.length / 2)];
  const bundles = ['pagefind/', 'pagefind-1/'];
  for (const bundle of bundles) rmSync(join(siteDir, bundle), { recursive: true, force: true });
  try {
    for (const [k, half] of halves.entries()) {
      const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error('Pagefind did not start');
      for (const path of half) {
        const content = readFileSync(join(siteDir, path), 'utf8');
        await index.addHTMLFile({ sourcePath: path, content });
      }
      await index.writeFiles({ outputPath: join(siteDir, bundles[k]!) });
    }
  } finally {
    await pagefind.close();
  }
  const searchPage = join(siteDir, 'search', 'index.html');
  const html = readFileSync(searchPage, 'utf8');
  const attribute = `data-bundles="${JSON.stringify(bundles).replaceAll('"', '&quot;')}"`;
  writeFileSync(searchPage, html.replace(/data-bundles="[^"]*"/, attribute));
  return bundles;
}
