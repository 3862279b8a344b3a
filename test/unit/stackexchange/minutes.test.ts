import { describe, expect, test } from 'vitest';
import { MinuteCodec } from '../../../scripts/import/lib/stackexchange/minutes.ts';

describe('MinuteCodec', () => {
  test('should turn a record date into a number and back into the same string', () => {
    const codec = new MinuteCodec();
    for (const date of ['2015-04-11T14:58', '0001-01-01T00:00', '9999-12-31T23:59']) {
      expect(codec.decode(codec.encode(date))).toBe(date);
    }
  });

  test('should order the numbers as the strings are ordered', () => {
    const codec = new MinuteCodec();
    const dates = ['2015-04-11T14:58', '2015-04-11T14:59', '2015-05-01T00:00', '2016-01-01T00:00'];
    const numbers = dates.map((date) => codec.encode(date));
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
  });

  test('should keep a date of another shape as it is', () => {
    const codec = new MinuteCodec();
    const odd = codec.encode('2015-02-30 late');
    expect(codec.decode(odd)).toBe('2015-02-30 late');
    expect(codec.decode(codec.encode(''))).toBe('');
  });
});
