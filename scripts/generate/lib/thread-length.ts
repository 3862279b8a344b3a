import { createRng, type Rng, type Seed } from './rng.ts';
import { createWeightedSampler } from './weighted.ts';

/** The longest ordinary thread; longer ones are only the planted "mega threads". */
export const MAX_ORDINARY_POSTS = 999;
/** Mega threads planted in every complete block of this many threads. */
export const MEGA_BLOCK = 1000;
/** How many mega threads each complete block of {@link MEGA_BLOCK} threads gets. */
export const MEGA_PER_BLOCK = 2;

// A discretised log-normal (median ≈ 6.5, σ ≈ 1.1, mean ≈ 12): most threads have 1–20 posts, with a tail into
// the hundreds, like real boards where most topics get a handful of replies.
const ORDINARY = createWeightedSampler(
  Array.from({ length: MAX_ORDINARY_POSTS }, (_, i) => {
    const z = (Math.log(i + 1) - Math.log(6.5)) / 1.1;
    return Math.exp(-0.5 * z * z) / (i + 1);
  }),
);

/** Post count of an ordinary thread, 1 … {@link MAX_ORDINARY_POSTS}. */
export function ordinaryLength(rng: Rng): number {
  return ORDINARY.sample(rng) + 1;
}

/** Post count of a mega thread: 1,000–4,000, skewed towards the low end. */
export function megaLength(rng: Rng): number {
  return 1000 + Math.floor(3000 * Math.pow(rng.float(), 2.5));
}

/**
 * Whether thread `index` of a dump of `threads` threads is a mega thread: {@link MEGA_PER_BLOCK}
 * seed-chosen positions in each complete block, so any dump of ≥ 1,000 threads has some and their
 * number grows with the dump, while each thread stays computable on its own.
 */
export function isMegaThread(seed: Seed, threads: number, index: number): boolean {
  const block = Math.floor(index / MEGA_BLOCK);
  if ((block + 1) * MEGA_BLOCK > threads) return false;
  const rng = createRng(seed, 'mega', block);
  const chosen = new Set<number>();
  while (chosen.size < MEGA_PER_BLOCK) chosen.add(rng.int(0, MEGA_BLOCK - 1));
  return chosen.has(index % MEGA_BLOCK);
}
