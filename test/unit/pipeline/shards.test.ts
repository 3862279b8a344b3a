import { describe, expect, test } from 'vitest';
import { bundlePath, shardCount, splitByWeight } from '../../../scripts/search/index.ts';
import { defaultShardPosts, planBuild } from '../../../scripts/commands/plan.ts';

interface Thread {
  slug: string;
  posts: number;
}

const threads = (sizes: number[]): Thread[] =>
  sizes.map((posts, i) => ({ slug: `${String(i).padStart(3, '0')}-x`, posts }));

const splitBySize = (items: Thread[], n: number) =>
  splitByWeight(
    items,
    n,
    (thread) => thread.slug,
    (thread) => thread.posts,
  );

describe('splitByWeight', () => {
  test('should keep every thread exactly once, in key order', () => {
    const input = threads([5, 1, 9, 3, 7, 2, 8]);
    const shards = splitBySize([...input].reverse(), 3);
    expect(shards.flat().map((p) => p.slug)).toEqual(input.map((p) => p.slug));
  });

  test('should give shards about equal weight', () => {
    const shards = splitBySize(threads(Array.from({ length: 1000 }, (_, i) => 1 + (i % 7))), 4);
    const sums = shards.map((s) => s.reduce((a, p) => a + p.posts, 0));
    expect(Math.max(...sums) - Math.min(...sums)).toBeLessThanOrEqual(14);
  });

  test('should make as many shards as asked when there are enough threads', () => {
    expect(splitBySize(threads([10, 1, 1, 1, 1]), 3)).toHaveLength(3);
  });
});

describe('shards and bundles', () => {
  test('should need one shard per postsPerShard posts, at least one', () => {
    expect(shardCount(0, 100)).toBe(1);
    expect(shardCount(100, 100)).toBe(1);
    expect(shardCount(101, 100)).toBe(2);
  });

  test('should name bundle 0 pagefind/ and the others pagefind-k/', () => {
    expect([0, 1, 2].map(bundlePath)).toEqual(['pagefind/', 'pagefind-1/', 'pagefind-2/']);
  });
});

describe('planBuild', () => {
  test('should never plan more shards than threads', () => {
    expect(planBuild({ threads: 2, posts: 66 }, { jobs: 2, shardPosts: 20 }).shards).toBe(2);
  });

  test('should build small archives in one Astro process and one shard', () => {
    expect(planBuild({ threads: 10, posts: 100 }, { jobs: 2, shardPosts: 60_000 })).toEqual({
      parts: 1,
      shards: 1,
      partsPerShard: 1,
      bundles: ['pagefind/'],
    });
  });

  test('should have every core write the one bundle once each would index 50,000 posts or more', () => {
    const plan = (posts: number, jobs: number) =>
      planBuild({ threads: 9_000, posts }, { jobs, shardPosts: 200_000 });
    expect(plan(99_999, 2)).toMatchObject({ shards: 1, partsPerShard: 1 });
    expect(plan(100_000, 2)).toMatchObject({ shards: 1, partsPerShard: 2 });
    expect(plan(100_000, 1)).toMatchObject({ shards: 1, partsPerShard: 1 });
  });

  test('should give every core a shard of its own with Pagefind’s binary, which cannot share one', () => {
    const plan = (posts: number) =>
      planBuild({ threads: 9_000, posts }, { jobs: 2, shardPosts: 200_000, indexer: 'pagefind' });
    expect(plan(99_999)).toMatchObject({ shards: 1, partsPerShard: 1 });
    expect(plan(100_000)).toMatchObject({ shards: 2, partsPerShard: 1 });
  });

  test('should split large archives over the cores and into bounded shards', () => {
    const plan = planBuild({ threads: 50_000, posts: 780_000 }, { jobs: 2, shardPosts: 60_000 });
    expect(plan.parts).toBe(2);
    expect(plan.shards).toBe(13);
    expect(plan.bundles.at(-1)).toBe('pagefind-12/');
  });

  test('should give the bundle writer larger shards by default than Pagefind’s binary', () => {
    const large = { threads: 50_000, posts: 782_692 };
    const shards = (indexer: 'bundle' | 'pagefind') =>
      planBuild(large, { jobs: 2, shardPosts: defaultShardPosts(indexer), indexer }).shards;
    expect(shards('bundle')).toBe(2);
    expect(shards('pagefind')).toBe(4);
  });
});

describe('splitByWeight with few or uneven threads', () => {
  test('should never return an empty shard, even when one thread holds most of the weight', () => {
    const shards = splitBySize(threads([1_000_000, 1, 1, 1]), 3);
    expect(shards).toHaveLength(3);
    for (const shard of shards) expect(shard.length).toBeGreaterThan(0);
  });

  test('should return fewer shards than asked when there are fewer threads', () => {
    expect(splitBySize(threads([5, 5]), 4)).toHaveLength(2);
  });
});
