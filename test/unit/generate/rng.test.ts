import { describe, expect, it } from 'vitest';
import { createRng, hashSeed } from '../../../scripts/generate/lib/rng.ts';
import { createWeightedSampler, zipfWeights } from '../../../scripts/generate/lib/weighted.ts';

const draw = (seed: string, count: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng.uint32());
};

describe('createRng', () => {
  it('should repeat the same sequence for the same seed', () => {
    expect(draw('abc', 1000)).toEqual(draw('abc', 1000));
  });

  it('should give unrelated sequences for nearby seeds', () => {
    const a = draw('seed-1', 1000);
    const b = draw('seed-2', 1000);
    expect(a.filter((value, i) => value === b[i]).length).toBe(0);
  });

  it('should hash a number seed like its decimal text', () => {
    expect(hashSeed([42])).toEqual(hashSeed(['42']));
  });

  it('should keep int() within its inclusive bounds and reach both ends', () => {
    const rng = createRng('bounds');
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) seen.add(rng.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('should give floats in [0, 1) with a mean near 1/2', () => {
    const rng = createRng('floats');
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const value = rng.float();
      if (!(value >= 0 && value < 1)) outside++;
      sum += value;
    }
    expect(outside).toBe(0);
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.01);
  });
});

describe('createWeightedSampler', () => {
  it('should return the index a linear scan of the cumulative table finds', () => {
    const weights = zipfWeights(5000, 1, 2.7);
    const sampler = createWeightedSampler(weights);
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const a = createRng('same');
    const b = createRng('same');
    for (let i = 0; i < 2000; i++) {
      const target = b.float() * total;
      let running = 0;
      let expected = weights.length - 1;
      for (let j = 0; j < weights.length; j++) {
        running += weights[j] as number;
        if (running > target) {
          expected = j;
          break;
        }
      }
      expect(sampler.sample(a)).toBe(expected);
    }
  });

  it('should never return an index of weight 0', () => {
    const sampler = createWeightedSampler([0, 1, 0, 3, 0]);
    const rng = createRng('zeros');
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) seen.add(sampler.sample(rng));
    expect([...seen].sort()).toEqual([1, 3]);
  });

  it('should reject a table without positive weight', () => {
    expect(() => createWeightedSampler([0, 0])).toThrow(/all weights are 0/);
  });
});
