import { describe, expect, test } from 'vitest';
import {
  pageCount,
  pageOfPost,
  pageParam,
  pageSlice,
  pageWindow,
  POSTS_PER_PAGE,
} from '../../../src/utils/paginate.ts';

describe('pagination', () => {
  test('should need one page per 50 items and one page for none', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageCount(120, 50)).toBe(3);
  });

  test('should put post N on page ceil(N / 50)', () => {
    expect(POSTS_PER_PAGE).toBe(50);
    expect([1, 50, 51, 100, 101, 120].map(pageOfPost)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  test('should slice the items of a page', () => {
    const items = Array.from({ length: 120 }, (_, i) => i + 1);
    expect(pageSlice(items, 3, 50)).toEqual(items.slice(100));
    expect(pageSlice(items, 2, 50)[0]).toBe(51);
  });

  test('should give page 1 no route param', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
  });

  test('should offer the first, last and nearby pages with gaps between', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, null, 20]);
  });
});
