import { describe, expect, it } from 'vitest';
import { createRng } from '../../../scripts/generate/lib/rng.ts';
import {
  chooseMegaThreads,
  MAX_ORDINARY_POSTS,
  megaLength,
  ordinaryLength,
} from '../../../scripts/generate/lib/thread-length.ts';

describe('thread lengths', () => {
  it('should plant no mega thread below 1,000 threads and a few, growing slowly, above', () => {
    expect(chooseMegaThreads('m', 999).size).toBe(0);
    expect(chooseMegaThreads('m', 1000).size).toBe(2);
    expect(chooseMegaThreads('m', 10_000).size).toBe(6);
    expect(chooseMegaThreads('m', 50_000).size).toBe(14);
    expect(Math.max(...chooseMegaThreads('m', 50_000))).toBeLessThan(50_000);
  });

  it('should keep ordinary threads within 1–999 posts with a mean near 15', () => {
    const rng = createRng('lengths');
    let sum = 0;
    let min = Infinity;
    let max = 0;
    let single = 0;
    for (let i = 0; i < 100_000; i++) {
      const length = ordinaryLength(rng);
      sum += length;
      min = Math.min(min, length);
      max = Math.max(max, length);
      if (length === 1) single++;
    }
    expect(min).toBe(1);
    expect(max).toBeLessThanOrEqual(MAX_ORDINARY_POSTS);
    expect(max).toBeGreaterThan(300);
    expect(sum / 100_000).toBeGreaterThan(13.5);
    expect(sum / 100_000).toBeLessThan(16.5);
    expect(single / 100_000).toBeGreaterThan(0.05);
  });

  it('should give mega threads more than 1,000 and at most 4,000 posts', () => {
    const rng = createRng('mega');
    const lengths = Array.from({ length: 10_000 }, () => megaLength(rng));
    expect(Math.min(...lengths)).toBeGreaterThan(1000);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(4000);
  });
});
