import { bundlePath, shardCount, type Indexer } from '../search/index.ts';

export interface BuildPlan {
  /** Astro builds run side by side. */
  parts: number;
  /** Search index shards, and the bundle paths the search page merges. */
  shards: number;
  /** Worker threads writing each shard's bundle. */
  partsPerShard: number;
  bundles: string[];
}

export interface PlanOptions {
  /** Processes that may run at once (cores to use). */
  jobs: number;
  /** Most posts one search shard indexes (bounds the index writer's memory per process). */
  shardPosts: number;
  /** Who writes the search index (default: the bundle writer). */
  indexer?: Indexer | undefined;
}

/** Below this many threads a second Astro build costs more (its own start-up) than it saves. */
const parallelPagesFrom = 2_000;
/**
 * From this many posts per core the search index is written by every core: at 157k posts, two
 * workers took 32 s against 50 s for one. The bundle writer splits one bundle between them
 * (the same bundle, see `write-bundle.ts`); Pagefind's binary can only write a shard per core,
 * which cost a first search 324 KB instead of 282 KB there (a second metadata file, and a chunk
 * per word per shard).
 */
const parallelIndexFrom = 50_000;

/**
 * Posts per search shard unless `--shard-posts` says otherwise. The bundle writer holds ~3 KB per
 * post (2.5 GB for two 391k-post shards at once, at L), and fewer bundles mean less for a first
 * search to load: at L two bundles fetched 732 KB a first query, four 852 KB. Pagefind's binary
 * needs ~0.5 MB a page, so its shards stay smaller.
 */
export function defaultShardPosts(indexer: Indexer | undefined): number {
  return indexer === 'pagefind' ? 200_000 : 400_000;
}

/** Decides how a build uses the machine, from the archive's size alone (so it is deterministic). */
export function planBuild(
  size: { threads: number; posts: number },
  options: PlanOptions,
): BuildPlan {
  const cores = Math.max(1, Math.min(options.jobs, Math.floor(size.posts / parallelIndexFrom)));
  const needed = shardCount(size.posts, options.shardPosts);
  // Every thread has at least one page, so this many shards can all be given pages.
  const shards = Math.min(
    options.indexer === 'pagefind' ? Math.max(cores, needed) : needed,
    Math.max(1, size.threads),
  );
  return {
    parts: size.threads >= parallelPagesFrom ? Math.max(1, options.jobs) : 1,
    shards,
    partsPerShard: options.indexer === 'pagefind' ? 1 : Math.max(1, Math.floor(cores / shards)),
    bundles: Array.from({ length: shards }, (_, k) => bundlePath(k)),
  };
}
