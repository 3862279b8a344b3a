import { mkdtempSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../utils/cli-error.ts';
import { runPool } from '../utils/run-pool.ts';
import { linkShard } from './lib/link-shard.ts';
import { listIndexedPages } from './lib/list-html.ts';
import { indexShard } from './lib/run-pagefind.ts';
import { bundlePath, groupByFolder, splitBySize } from './lib/shards.ts';

export interface SearchIndexOptions {
  /** Number of independent Pagefind bundles (planned before the pages are built). */
  shards: number;
  /** Shards indexed at the same time (each a Pagefind process with its own memory). */
  concurrency: number;
  /** Pagefind's fragment-file cap per shard (bundles fragments on large sites). */
  maxFragments?: number | undefined;
}

export interface SearchIndexSummary {
  /** Pages Pagefind indexed (only pages with `data-pagefind-body`: thread pages). */
  pages: number;
  shards: number;
}

/** Stage "index": Pagefind indexes the thread pages, one bundle per shard (`pagefind/`, `pagefind-1/`…). */
export async function indexSite(
  siteDir: string,
  options: SearchIndexOptions,
): Promise<SearchIndexSummary> {
  const shards = splitBySize(groupByFolder(listIndexedPages(siteDir)), options.shards);
  if (shards.length !== options.shards) {
    // The search page was built to merge `options.shards` bundles; fewer would break every search.
    throw new CliError(
      `Planned ${options.shards} search shards but found pages for ${shards.length}.`,
      'Raise --shard-posts; this is a bug if the default was used.',
    );
  }
  // Beside the site: the shard folders hard-link its pages, which needs the same file system.
  const work = mkdtempSync(join(dirname(siteDir), `.${basename(siteDir)}.search-`));
  try {
    const counts = await runPool(
      shards.map((groups, k) => async () => {
        const shardDir = join(work, `shard-${k}`);
        linkShard(siteDir, groups, shardDir);
        const pages = await indexShard({
          siteDir: shardDir,
          outputDir: join(siteDir, bundlePath(k)),
          maxFragments: options.maxFragments,
        });
        rmSync(shardDir, { recursive: true, force: true });
        return pages;
      }),
      options.concurrency,
    );
    return { pages: counts.reduce((a, b) => a + b, 0), shards: shards.length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
