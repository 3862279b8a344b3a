import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../utils/cli-error.ts';
import { runPool } from '../utils/run-pool.ts';
import { listThreads, type ThreadEntry } from './lib/read-records.ts';
import { pruneBundle } from './lib/prune-bundle.ts';
import { indexShard } from './lib/run-pagefind.ts';
import { bundlePath, splitByWeight } from './lib/shards.ts';
import { writeDocuments } from './lib/write-documents.ts';
import { preparePagefindRuntime, runBundle } from './lib/bundle/index.ts';

/**
 * Locations per index chunk. A query fetches one chunk per word, and the metadata lists every
 * chunk: at 10k threads 5,000 fetched least in all (281 KB a first query, against 293 KB at
 * 10,000 and Pagefind's own 20,000 with larger chunks still).
 */
export const CHUNK_LOCATIONS = 5_000;

/** Who writes the bundles: the archive's own writer (default) or Pagefind's binary. */
export type Indexer = 'bundle' | 'pagefind';

export interface SearchIndexOptions {
  /** Number of independent Pagefind bundles (planned before the pages are built). */
  shards: number;
  /** Worker threads (or Pagefind processes) at the same time. */
  concurrency: number;
  /**
   * Worker threads writing each bundle (`bundle` only): one bundle written by both cores is the
   * same as written by one, and a first search loads each bundle's metadata and chunks.
   */
  partsPerShard?: number | undefined;
  /** Pagefind's fragment-file cap per shard (bundles fragments on large sites). */
  maxFragments?: number | undefined;
  /** `bundle` (default): written here in Pagefind's format; `pagefind`: Pagefind's binary. */
  indexer?: Indexer | undefined;
  /** Locations per index chunk file (`bundle` only; Pagefind's own default is 20,000). */
  chunkSize?: number | undefined;
  /** Stops the bundle writer's workers, and the stage rejects (`bundle` only). */
  signal?: AbortSignal | undefined;
}

export interface SearchIndexSummary {
  /** Thread pages indexed. */
  pages: number;
  shards: number;
}

/**
 * Stage "search index": every thread page indexed, one Pagefind bundle per shard of whole threads
 * (`pagefind/`, `pagefind-1/`, … under `bundlesDir`). It reads the records, not the rendered
 * site (see `lib/index-page.ts`), so it needs no page and could run anywhere the records are.
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
  const counts =
    options.indexer === 'pagefind'
      ? await indexWithPagefind(recordsDir, bundlesDir, shards, options)
      : await indexWithWriter(recordsDir, bundlesDir, shards, options);
  return { pages: counts.reduce((a, b) => a + b, 0), shards: shards.length };
}

/** Each shard's bundle written by `partsPerShard` worker threads, with Pagefind's runtime copied in. */
async function indexWithWriter(
  recordsDir: string,
  bundlesDir: string,
  shards: ThreadEntry[][],
  options: SearchIndexOptions,
): Promise<number[]> {
  const runtimeDir = join(bundlesDir, '.runtime');
  const parts = Math.max(1, options.partsPerShard ?? 1);
  try {
    await preparePagefindRuntime(runtimeDir);
    return await runPool(
      shards.map(
        (threads, k) => () =>
          runBundle(
            {
              recordsDir,
              threads,
              bundleDir: join(bundlesDir, bundlePath(k)),
              runtimeDir,
              chunkSize: options.chunkSize ?? CHUNK_LOCATIONS,
              parts,
            },
            options.signal,
          ),
      ),
      Math.max(1, Math.floor(options.concurrency / parts)),
    );
  } finally {
    rmSync(runtimeDir, { recursive: true, force: true });
  }
}

/** Each shard written as HTML documents and indexed by Pagefind's binary. */
async function indexWithPagefind(
  recordsDir: string,
  bundlesDir: string,
  shards: ThreadEntry[][],
  options: SearchIndexOptions,
): Promise<number[]> {
  // Inside the bundles' folder, which the caller removes with everything left in it.
  const work = join(bundlesDir, '.documents');
  try {
    return await runPool(
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
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
