import { generateForumNames } from './forums.ts';
import type { Seed } from './rng.ts';
import { chooseMegaThreads } from './thread-length.ts';
import { defaultVocabulary, type Vocabulary } from './vocabulary.ts';
import { createWeightedSampler, zipfWeights, type WeightedSampler } from './weighted.ts';

/** What a dump of `threads` threads from `seed` is generated from. */
export interface DumpOptions {
  threads: number;
  seed: Seed;
}

/** Shared, read-only state of one dump: built once, then every thread is generated from it. */
export interface DumpContext extends DumpOptions {
  vocabulary: Vocabulary;
  forums: readonly string[];
  /** Forum popularity: a few busy boards, many quiet ones. */
  forumSampler: WeightedSampler;
  /** Indices of the threads with more than 1,000 posts. */
  megaThreads: ReadonlySet<number>;
}

/** Forums in a dump: about one per 500 threads, at least three. */
export function forumCount(threads: number): number {
  return Math.max(3, Math.round(threads / 500));
}

/** Build the shared state of a dump; throws on a thread count that is not a positive integer. */
export function createDumpContext(options: DumpOptions): DumpContext {
  const { threads, seed } = options;
  if (!Number.isSafeInteger(threads) || threads < 1) {
    throw new Error(`generate: threads must be a positive integer, got ${threads}`);
  }
  const vocabulary = defaultVocabulary();
  const forums = generateForumNames(forumCount(threads), seed, vocabulary);
  const forumSampler = createWeightedSampler(zipfWeights(forums.length, 0.8, 1));
  const megaThreads = chooseMegaThreads(seed, threads);
  return { threads, seed, vocabulary, forums, forumSampler, megaThreads };
}
