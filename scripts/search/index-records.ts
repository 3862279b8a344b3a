import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../utils/cli-error.ts';
import { runPool } from '../utils/run-pool.ts';
import { listThreads } from './lib/read-records.ts';
import { pruneBundle } from './lib/prune-bundle.ts';
import { indexShard } from './lib/run-pagefind.ts';
import { bundlePath, splitByWeight } from './lib/shards.ts';
import { writeDocuments } from './lib/write-documents.ts';

export interface SearchIndexOptions {
  /** Number of independent Pagefind bundles (planned before the pages are built). */
  shards: number;
  /** Shards indexed at the same time (each a Pagefind process with its own memory). */
  concurrency: number;
  /** Pagefind's fragment-file cap per shard (bundles fragments on large sites). */
  maxFragments?: number | undefined;
}

export interface SearchIndexSummary {
  /** Thread pages indexed. */
  pages: number;
  shards: number;
}

/**
 * Stage "search index": Pagefind indexes every thread page, one bundle per shard of whole threads
 * (`pagefind/`, `pagefind-1/`, … under `bundlesDir`). It reads the records, not the rendered
 * site (see `lib/index-document.ts`), so it runs while Astro renders the pages.
 */
export async function indexRecords(
  recordsDir: string,
  bundlesDir: string,
  options: SearchIndexOptions,
): Promise<SearchIndexSummary> {
  const threads = listThreads(recordsDir);
  const shards = splitByWeight(
    threads,
    options.shards,
    (thread) => thread.slug,
    (thread) => Math.max(1, thread.posts),
  );
  if (shards.length !== options.shards) {
    // The search page was built to merge `options.shards` bundles; fewer would break every search.
    throw new CliError(
      `Planned ${options.shards} search shards but found threads for ${shards.length}.`,
      'Raise --shard-posts; this is a bug if the default was used.',
    );
  }
  // Inside the bundles' folder, which the caller removes with everything left in it.
  const work = join(bundlesDir, '.documents');
  try {
    const counts = await runPool(
      shards.map((shard, k) => async () => {
        const documents = join(work, `shard-${k}`);
        writeDocuments(recordsDir, shard, documents);
        const bundle = join(bundlesDir, bundlePath(k));
        const pages = await indexShard({
          siteDir: documents,
          outputDir: bundle,
          maxFragments: options.maxFragments,
        });
        pruneBundle(bundle);
        rmSync(documents, { recursive: true, force: true });
        return pages;
      }),
      options.concurrency,
    );
    return { pages: counts.reduce((a, b) => a + b, 0), shards: shards.length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
