import { describe, expect, test } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatDateTime,
  plural,
} from '../../../src/utils/format.ts';

describe('dates', () => {
  test('should format a record date as day, month name, year and time', () => {
    expect(formatDateTime('2015-04-11T14:58')).toBe('11 Apr 2015, 14:58');
    expect(formatDateTime('2015-12-07T00:05')).toBe('7 Dec 2015, 00:05');
  });

  test('should format the day alone', () => {
    expect(formatDate('2016-02-29T23:59')).toBe('29 Feb 2016');
  });

  test('should show one date for a range within a day and two otherwise', () => {
    expect(formatDateRange('2015-04-11T14:58', '2015-04-11T20:00')).toBe('11 Apr 2015');
    expect(formatDateRange('2015-04-11T14:58', '2016-03-07T09:10')).toBe(
      '11 Apr 2015 – 7 Mar 2016',
    );
  });

  test('should reject a value that is not a record date, naming it', () => {
    expect(() => formatDateTime('2015-13-01T00:00')).toThrow(/"2015-13-01T00:00"/);
    expect(() => formatDate('11 Apr 2015')).toThrow(/YYYY-MM-DDTHH:MM/);
  });
});

describe('counts', () => {
  test('should group thousands with commas', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  test('should use the singular for one and the plural otherwise', () => {
    expect(plural(1, 'post')).toBe('1 post');
    expect(plural(0, 'post')).toBe('0 posts');
    expect(plural(12000, 'thread')).toBe('12,000 threads');
  });
});
