/**
 * How the search index is split. Pagefind holds a whole index in memory while it builds (measured
 * here: ~50–70 bytes of memory per byte of indexed text), so a large archive is indexed as several
 * independent shards that the search page merges in the browser.
 */

export interface PageFile {
  /** Path relative to the site root, `/`-separated. */
  path: string;
  bytes: number;
}

/**
 * Folds pages into one entry per thread folder (`t/<slug>`, its first two path segments), so a
 * shard holds whole threads and can be named by a short glob.
 */
export function groupByFolder(pages: PageFile[]): PageFile[] {
  const groups = new Map<string, number>();
  for (const page of pages) {
    const key = page.path.split('/').slice(0, 2).join('/');
    groups.set(key, (groups.get(key) ?? 0) + page.bytes);
  }
  return [...groups].map(([path, bytes]) => ({ path, bytes }));
}

/** Where bundle `k` lives, relative to the site's base: `pagefind/`, `pagefind-1/`, …. */
export function bundlePath(k: number): string {
  return k === 0 ? 'pagefind/' : `pagefind-${k}/`;
}

/** Shards needed so that none indexes more than `postsPerShard` posts. */
export function shardCount(posts: number, postsPerShard: number): number {
  return Math.max(1, Math.ceil(posts / postsPerShard));
}

/**
 * Splits pages into `n` runs of consecutive paths with about equal bytes each, so the pages of one
 * thread mostly share a shard and every shard gets a similar share of the memory. No run is empty;
 * with fewer pages than `n` there are fewer runs.
 */
export function splitBySize(pages: PageFile[], n: number): PageFile[][] {
  const sorted = [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const total = sorted.reduce((sum, page) => sum + page.bytes, 0);
  const shards: PageFile[][] = Array.from({ length: n }, () => []);
  let done = 0;
  sorted.forEach((page, i) => {
    const bySize = Math.min(n - 1, Math.floor((done / Math.max(1, total)) * n));
    // Never leave a shard empty: an empty Pagefind bundle breaks the merged search.
    const k = Math.min(i, Math.max(bySize, n - (sorted.length - i)));
    shards[k]!.push(page);
    done += page.bytes;
  });
  return shards.filter((shard) => shard.length > 0);
}
