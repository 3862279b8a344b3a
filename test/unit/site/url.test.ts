import { describe, expect, test } from 'vitest';
import {
  forumUrl,
  homeUrl,
  pagefindUrl,
  postUrl,
  searchUrl,
  threadBucket,
  threadPath,
  threadUrl,
  withBase,
} from '../../../src/utils/url.ts';

describe('withBase', () => {
  test('should prefix a path with a base with or without a trailing slash', () => {
    expect(withBase('f/x/', '/')).toBe('/f/x/');
    expect(withBase('f/x/', '/sub/')).toBe('/sub/f/x/');
    expect(withBase('/f/x/', '/sub')).toBe('/sub/f/x/');
  });
});

describe('site URLs', () => {
  test('should build the routes with trailing slashes', () => {
    expect(homeUrl()).toBe('/');
    expect(forumUrl('general')).toBe('/f/general/');
    expect(forumUrl('general', 1)).toBe('/f/general/');
    expect(forumUrl('general', 3)).toBe('/f/general/3/');
    expect(threadUrl('00ab-title')).toBe('/t/00/00ab-title/');
    expect(threadUrl('00ab-title', 2)).toBe('/t/00/00ab-title/2/');
  });

  test('should point at the page and anchor of a post', () => {
    expect(postUrl('s', 1)).toBe('/t/s/s/#p1');
    expect(postUrl('s', 50)).toBe('/t/s/s/#p50');
    expect(postUrl('s', 51)).toBe('/t/s/s/2/#p51');
  });

  test('should escape a slug that is not a plain URL segment', () => {
    expect(threadUrl('a/b?c')).toBe('/t/a%2F/a%2Fb%3Fc/');
  });

  test('should put a thread in the folder named by the first two characters of its id', () => {
    expect(threadBucket('dcd7bb5245801141-the-title')).toBe('dc');
    expect(threadBucket('00ab')).toBe('00');
    expect(threadPath('dcd7bb5245801141-the-title', 3)).toBe('t/dc/dcd7bb5245801141-the-title/3/');
  });

  test('should take the bucket from the id only, also when the id is short', () => {
    // Stack Exchange ids are decimal and may have one digit: `7-title` must not give `7-`.
    expect(threadBucket('7-boil-an-egg')).toBe('7');
    expect(threadPath('7-boil-an-egg')).toBe('t/7/7-boil-an-egg/');
    expect(threadPath('1234')).toBe('t/12/1234/');
  });

  test('should spread hex ids over at most 256 folders', () => {
    const hex = '0123456789abcdef';
    const buckets = new Set<string>();
    for (const a of hex) for (const b of hex) buckets.add(threadBucket(`${a}${b}${a}0-x`));
    expect(buckets.size).toBe(256);
    expect([...buckets].every((bucket) => /^[0-9a-f]{2}$/.test(bucket))).toBe(true);
  });

  test('should carry a search query in q', () => {
    expect(searchUrl()).toBe('/search/');
    expect(searchUrl('a b&c')).toBe('/search/?q=a%20b%26c');
    expect(pagefindUrl()).toBe('/pagefind/pagefind.js');
  });
});
