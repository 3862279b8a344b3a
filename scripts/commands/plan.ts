import { bundlePath, shardCount, type Indexer } from '../search/index.ts';

export interface BuildPlan {
  /** Astro builds run side by side. */
  parts: number;
  /** Search index shards, and the bundle paths the search page merges. */
  shards: number;
  bundles: string[];
}

export interface PlanOptions {
  /** Processes that may run at once (cores to use). */
  jobs: number;
  /** Most posts one search shard indexes (bounds Pagefind's memory per process). */
  shardPosts: number;
}

/** Below this many threads a second Astro build costs more (its own start-up) than it saves. */
const parallelPagesFrom = 2_000;
/**
 * From this many posts per core the index is split into a shard per core, so every core writes
 * one: at 157k posts, 2 shards took 32 s against 50 s for one, for 324 KB a first query instead
 * of 282 KB (a second metadata file and a chunk per word per shard).
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
  // Every thread has at least one page, so this many shards can all be given pages.
  const shards = Math.min(
    Math.max(cores, shardCount(size.posts, options.shardPosts)),
    Math.max(1, size.threads),
  );
  return {
    parts: size.threads >= parallelPagesFrom ? Math.max(1, options.jobs) : 1,
    shards,
    bundles: Array.from({ length: shards }, (_, k) => bundlePath(k)),
  };
}
