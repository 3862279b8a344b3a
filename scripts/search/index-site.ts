import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild } from '../utils/child.ts';
import { runPool } from '../utils/run-pool.ts';
import { listIndexedPages } from './lib/list-html.ts';
import { CliError } from '../utils/cli-error.ts';
import { bundlePath, splitBySize } from './lib/shards.ts';
import type { ShardJob } from './lib/shard-worker.ts';

const worker = fileURLToPath(new URL('./lib/shard-worker.ts', import.meta.url));

export interface SearchIndexOptions {
  /** Number of independent Pagefind bundles (planned before the pages are built). */
  shards: number;
  /** Shards indexed at the same time (one core and one memory budget each). */
  concurrency: number;
  /** Pagefind's fragment-file cap per shard (bundles fragments on large sites). */
  maxFragments?: number | undefined;
}

export interface SearchIndexSummary {
  /** Pages Pagefind indexed (only pages with `data-pagefind-body`: thread pages). */
  pages: number;
  shards: number;
}

/** Stage "index": Pagefind indexes the built pages, one bundle per shard (`pagefind/`, `pagefind-1/`…). */
export async function indexSite(
  siteDir: string,
  options: SearchIndexOptions,
): Promise<SearchIndexSummary> {
  const shards = splitBySize(listIndexedPages(siteDir), options.shards);
  if (shards.length !== options.shards) {
    // The search page was built to merge `options.shards` bundles; fewer would break every search.
    throw new CliError(
      `Planned ${options.shards} search shards but found pages for ${shards.length}.`,
      'Raise --shard-posts; this is a bug if the default was used.',
    );
  }
  const jobs = mkdtempSync(join(tmpdir(), 'forum-archive-search-'));
  try {
    const counts = await runPool(
      shards.map((pages, k) => async () => {
        const file = join(jobs, `shard-${k}.json`);
        const job: ShardJob = {
          siteDir,
          pages: pages.map((page) => page.path),
          outputDir: join(siteDir, bundlePath(k)),
          ...(options.maxFragments ? { maxFragments: options.maxFragments } : {}),
        };
        writeFileSync(file, JSON.stringify(job));
        await runChild(worker, [file]);
        return (JSON.parse(readFileSync(`${file}.done`, 'utf8')) as { indexed: number }).indexed;
      }),
      options.concurrency,
    );
    return { pages: counts.reduce((a, b) => a + b, 0), shards: shards.length };
  } finally {
    rmSync(jobs, { recursive: true, force: true });
  }
}
