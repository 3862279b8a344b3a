import type { Rng } from './rng.ts';

/** Draws indices with fixed relative weights in O(log n) per draw. */
export interface WeightedSampler {
  /** How many indices the sampler can return (0 … size-1). */
  readonly size: number;
  /** An index drawn with probability proportional to its weight. */
  sample(rng: Rng): number;
}

/**
 * Build a sampler over a cumulative table, searched with a binary search: tables are built once
 * per dump and drawn from millions of times, so the draw is the part that has to be cheap.
 */
export function createWeightedSampler(weights: ArrayLike<number>): WeightedSampler {
  const size = weights.length;
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < size; i++) {
    const weight = weights[i] as number;
    if (!(weight >= 0)) throw new Error(`weighted sampler: weight ${i} is ${weight}; need ≥ 0`);
    total += weight;
    cumulative[i] = total;
  }
  if (!(total > 0)) throw new Error('weighted sampler: all weights are 0; give one a weight > 0');
  // A guide table narrows each search to one bucket's indices: the same result as a search of the
  // whole table, several times faster on 50,000-entry vocabularies (fewer cache misses).
  // Power-of-two bucket counts keep `unit * buckets` and `bucket / buckets` exact.
  let buckets = 1;
  while (buckets < size && buckets < 1 << 14) buckets <<= 1;
  const guide = new Uint32Array(buckets + 1);
  for (let bucket = 0, index = 0; bucket <= buckets; bucket++) {
    const bound = (bucket / buckets) * total;
    while (index < size - 1 && (cumulative[index] as number) <= bound) index++;
    guide[bucket] = index;
  }
  return {
    size,
    sample(rng) {
      const unit = rng.float();
      const target = unit * total;
      const bucket = Math.floor(unit * buckets);
      let low = guide[bucket] as number;
      let high = guide[bucket + 1] as number;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((cumulative[middle] as number) > target) high = middle;
        else low = middle + 1;
      }
      return low;
    },
  };
}

/**
 * Zipf–Mandelbrot weights `1 / (rank + shift)^exponent` for ranks 1 … size: the frequency spread of
 * words in natural text (exponent ≈ 1) and of forum or thread popularity (smaller exponents).
 */
export function zipfWeights(size: number, exponent: number, shift = 0): Float64Array {
  const weights = new Float64Array(size);
  for (let rank = 1; rank <= size; rank++) weights[rank - 1] = 1 / Math.pow(rank + shift, exponent);
  return weights;
}

/** Pick from a list with a prepared sampler whose size matches the list. */
export function pickWeighted<T>(rng: Rng, items: readonly T[], sampler: WeightedSampler): T {
  return items[sampler.sample(rng)] as T;
}
