import { describe, expect, it } from 'vitest';
import { createRng } from '../../../scripts/generate/lib/rng.ts';
import { buildWords, defaultVocabulary } from '../../../scripts/generate/lib/vocabulary.ts';

describe('vocabulary', () => {
  it('should hold at least 40,000 distinct words', () => {
    const { words } = defaultVocabulary();
    expect(new Set(words).size).toBe(words.length);
    expect(words.length).toBeGreaterThanOrEqual(40_000);
  });

  it('should build the same words every time', () => {
    expect(buildWords(3000)).toEqual(buildWords(3000));
  });

  it('should contain words without spaces or line breaks', () => {
    expect(defaultVocabulary().words.filter((word) => /[\s]/u.test(word) || word === '')).toEqual(
      [],
    );
  });

  it('should draw words with a Zipf-like spread', () => {
    const vocabulary = defaultVocabulary();
    const rng = createRng('zipf');
    const counts = new Map<string, number>();
    const draws = 300_000;
    for (let i = 0; i < draws; i++) {
      const word = vocabulary.word(rng);
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const frequency = (rank: number): number =>
      counts.get(vocabulary.words[rank - 1] as string) ?? 0;
    // 1/(rank + 2.7): rank 1 vs rank 10 ≈ 3.4, rank 10 vs rank 100 ≈ 8.1.
    expect(frequency(1) / draws).toBeGreaterThan(0.02);
    expect(frequency(1) / frequency(10)).toBeGreaterThan(2.5);
    expect(frequency(1) / frequency(10)).toBeLessThan(4.5);
    expect(frequency(10) / frequency(100)).toBeGreaterThan(5.5);
    expect(frequency(10) / frequency(100)).toBeLessThan(11);
    // The long tail is reached: a large share of the vocabulary occurs at all.
    expect(counts.size).toBeGreaterThan(20_000);
  });
});
