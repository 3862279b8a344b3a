import { describe, expect, test } from 'vitest';
import {
  dateSeconds,
  decodePageDates,
  encodePageDates,
  pageOfResult,
  sortByDate,
} from '../../../src/utils/page-dates.ts';
import { entryName } from '../../../src/utils/search-packs.ts';

describe('page dates', () => {
  test('should read back a page number from the fragment name it was given', () => {
    for (const page of [0, 1, 31, 32, 35, 4095, 4096, 123_456]) {
      expect(pageOfResult(`ab12c/${entryName(page)}`)).toEqual({ fragments: 'ab12c', page });
    }
    expect(pageOfResult('en_1234567')).toBeUndefined();
  });

  test('should number dates in their text order, with or without seconds', () => {
    const dates = [
      '1999-12-31T23:59',
      '2000-01-01T00:00',
      '2000-01-01T00:00:01',
      '2024-02-29T12:00',
    ];
    const seconds = dates.map(dateSeconds);
    expect(seconds.every((s) => s !== null)).toBe(true);
    expect([...seconds].sort((a, b) => a! - b!)).toEqual(seconds);
    expect(dateSeconds('2000-01-01T00:00')).toBe(dateSeconds('2000-01-01T00:00:00'));
    expect(dateSeconds('yesterday')).toBeNull();
    expect(dateSeconds(undefined)).toBeNull();
  });

  test('should read back the dates it wrote, undated pages included', () => {
    const file = { fragments: 'x1', dates: [100, 250, null, 90, 90, null] };
    expect(decodePageDates(encodePageDates(file))).toEqual(file);
  });

  test('should sort results of several bundles by date, undated ones last in their order', () => {
    const files = [
      { fragments: 'aa', dates: [10, 30, null] },
      { fragments: 'bb', dates: [20, 40] },
    ];
    const results = ['aa/0/2', 'bb/0/0', 'aa/0/1', 'en_x', 'bb/0/1', 'aa/0/0'].map((id) => ({
      id,
    }));
    const ids = (order: 'asc' | 'desc') => sortByDate(results, files, order).map((r) => r.id);
    expect(ids('asc')).toEqual(['aa/0/0', 'bb/0/0', 'aa/0/1', 'bb/0/1', 'aa/0/2', 'en_x']);
    expect(ids('desc')).toEqual(['bb/0/1', 'aa/0/1', 'bb/0/0', 'aa/0/0', 'aa/0/2', 'en_x']);
  });
});
