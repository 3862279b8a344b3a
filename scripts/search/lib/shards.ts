/**
 * How the search index is split. Pagefind holds a whole index in memory while it builds (measured
 * here: ~50–70 bytes of memory per byte of indexed text), so a large archive is indexed as several
 * independent shards that the search page merges in the browser.
 */

/** Where bundle `k` lives, relative to the site's base: `pagefind/`, `pagefind-1/`, …. */
export function bundlePath(k: number): string {
  return k === 0 ? 'pagefind/' : `pagefind-${k}/`;
}

/** Shards needed so that none indexes more than `postsPerShard` posts. */
export function shardCount(posts: number, postsPerShard: number): number {
  return Math.max(1, Math.ceil(posts / postsPerShard));
}

/**
 * Splits `items` into `n` runs of consecutive keys (sorted) with about equal weight each, so every
 * shard gets a similar share of Pagefind's memory and time. No run is empty; with fewer items than
 * `n` there are fewer runs.
 */
export function splitByWeight<T>(
  items: readonly T[],
  n: number,
  key: (item: T) => string,
  weight: (item: T) => number,
): T[][] {
  const sorted = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const total = sorted.reduce((sum, item) => sum + weight(item), 0);
  const shards: T[][] = Array.from({ length: n }, () => []);
  let done = 0;
  sorted.forEach((item, i) => {
    const byWeight = Math.min(n - 1, Math.floor((done / Math.max(1, total)) * n));
    // Never leave a shard empty: an empty Pagefind bundle breaks the merged search.
    const k = Math.min(i, Math.max(byWeight, n - (sorted.length - i)));
    shards[k]!.push(item);
    done += weight(item);
  });
  return shards.filter((shard) => shard.length > 0);
}
