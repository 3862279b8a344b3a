import { createRng, type Rng, type Seed } from './rng.ts';
import { createWeightedSampler } from './weighted.ts';

/** The longest ordinary thread; longer ones are only the planted "mega threads". */
export const MAX_ORDINARY_POSTS = 999;

// A discretised log-normal (median ≈ 6.75, σ ≈ 1.25, mean ≈ 15): about 80% of threads have 1–20
// posts, 11% a single one, with a tail into the hundreds, as on real boards.
const ORDINARY = createWeightedSampler(
  Array.from({ length: MAX_ORDINARY_POSTS }, (_, i) => {
    const z = (Math.log(i + 1) - Math.log(6.75)) / 1.25;
    return Math.exp(-0.5 * z * z) / (i + 1);
  }),
);

/** Post count of an ordinary thread, 1 … {@link MAX_ORDINARY_POSTS}. */
export function ordinaryLength(rng: Rng): number {
  return ORDINARY.sample(rng) + 1;
}

/** Post count of a mega thread: 1,001–4,000, skewed towards the low end. */
export function megaLength(rng: Rng): number {
  return 1001 + Math.floor(2999 * Math.pow(rng.float(), 2.5));
}

/** How many mega threads a dump has: none below 1,000 threads, then 2·√(threads/1000). */
export function megaThreadCount(threads: number): number {
  return threads < 1000 ? 0 : Math.round(2 * Math.sqrt(threads / 1000));
}

/**
 * The seed-chosen indices of a dump's mega threads (2 at 1k threads, 6 at 10k, 14 at 50k): a few
 * busy megathreads as real boards have, growing slower than the dump so they do not dominate it.
 */
export function chooseMegaThreads(seed: Seed, threads: number): ReadonlySet<number> {
  const rng = createRng(seed, 'mega threads', threads);
  const chosen = new Set<number>();
  const count = megaThreadCount(threads);
  while (chosen.size < count) chosen.add(rng.int(0, threads - 1));
  return chosen;
}
