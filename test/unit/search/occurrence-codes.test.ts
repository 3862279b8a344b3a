import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CodeSorter, WORD } from '../../../scripts/search/lib/bundle/occurrence-codes.ts';
import { MAX_WORDS } from '../../../scripts/search/lib/bundle/vocabulary.ts';

/** Codes as a page reader adds them: position by position, each position's words distinct. */
function pageCodes(positions: readonly (readonly number[])[]): Float64Array {
  return Float64Array.from(
    positions.flatMap((words, position) =>
      words.map((word, k) => word * WORD + position * 256 + (k === 0 ? 24 : 1)),
    ),
  );
}

const fullySorted = (codes: Float64Array) => Float64Array.from(codes).sort();

describe('CodeSorter', () => {
  const words = fc.integer({ min: 0, max: MAX_WORDS - 1 });
  const position = fc.uniqueArray(words, { minLength: 1, maxLength: 4 });

  const sortsLikeAFullSort = (positions: number[][]) => {
    const codes = pageCodes(positions);
    expect(Array.from(new CodeSorter().sort(codes.slice()))).toEqual(
      Array.from(fullySorted(codes)),
    );
  };

  test("should order a long page's codes as a full sort does", () => {
    fc.assert(
      fc.property(fc.array(position, { minLength: 130, maxLength: 600 }), sortsLikeAFullSort),
      { numRuns: 50 },
    );
  });

  test("should order a short page's codes as a full sort does", () => {
    fc.assert(fc.property(fc.array(position, { maxLength: 40 }), sortsLikeAFullSort));
  });

  test('should order by both halves of a word number, and keep positions in order within a word', () => {
    const few = [2048, 1, 4095, 2049, MAX_WORDS - 1, 0, 2047, 6144];
    const positions = Array.from({ length: 400 }, (_, i) => [few[(i * 5) % few.length]!]);
    const sorted = new CodeSorter().sort(pageCodes(positions));
    expect(Array.from(sorted)).toEqual(Array.from(fullySorted(pageCodes(positions))));
    expect(Math.floor(sorted[0]! / WORD)).toBe(0);
    expect(Math.floor(sorted[sorted.length - 1]! / WORD)).toBe(MAX_WORDS - 1);
  });

  test('should sort pages of any size one after another with one sorter', () => {
    const sorter = new CodeSorter();
    for (const length of [500, 20, 3000, 130, 0, 1000]) {
      const positions = Array.from({ length }, (_, i) => [(i * 7919) % 5000, 5000 + (i % 3)]);
      const codes = pageCodes(positions);
      expect(Array.from(sorter.sort(codes.slice())), `${length} positions`).toEqual(
        Array.from(fullySorted(codes)),
      );
    }
  });
});
