import slugify from '@sindresorhus/slugify';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SLUG_OPTIONS, slugified, slugOf } from '../../../scripts/records/lib/slug.ts';

const library = (text: string) => slugify(text, SLUG_OPTIONS);
const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

describe('slugified', () => {
  test('should give the library’s slug for every pair of printable ASCII characters', () => {
    for (const a of printable) {
      for (const b of printable) {
        for (const text of [a + b, `Ab${a}C${b}dE`, ` ${a}x${b}-`]) {
          expect(slugified(text), JSON.stringify(text)).toBe(library(text));
        }
      }
    }
  });

  test('should give the library’s slug for any text, ASCII or not', () => {
    const unit = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...printable) },
      { weight: 1, arbitrary: fc.constantFrom('é', 'ß', 'Ø', '😀', '气', '\u0301', '–', '’') },
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(slugified(text)).toBe(library(text));
      }),
      { numRuns: 5000 },
    );
  });

  test('should still hand text the library changes, not only separates, to the library', () => {
    expect(slugified('Salt & Pepper')).toBe('salt-and-pepper');
    expect(slugified("Conway's Law")).toBe('conways-law');
    expect(slugified('Crème brûlée')).toBe('creme-brulee');
  });
});

describe('slugOf', () => {
  test('should cut a long slug at a word boundary near its limit', () => {
    expect(slugOf('alpha beta gamma delta', 13)).toBe('alpha-beta');
    expect(slugOf('abcdefghijklmnop', 10)).toBe('abcdefghij');
  });
});
