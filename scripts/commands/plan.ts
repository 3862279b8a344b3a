import { bundlePath, shardCount } from '../search/index.ts';

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

/** Decides how a build uses the machine, from the archive's size alone (so it is deterministic). */
export function planBuild(
  size: { threads: number; posts: number },
  options: PlanOptions,
): BuildPlan {
  // Every thread has at least one page, so this many shards can all be given pages.
  const shards = Math.min(shardCount(size.posts, options.shardPosts), Math.max(1, size.threads));
  return {
    parts: size.threads >= parallelPagesFrom ? Math.max(1, options.jobs) : 1,
    shards,
    bundles: Array.from({ length: shards }, (_, k) => bundlePath(k)),
  };
}
