import { describe, expect, test } from 'vitest';
import {
  forumUrl,
  homeUrl,
  pagefindUrl,
  postUrl,
  searchUrl,
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
    expect(threadUrl('00ab-title')).toBe('/t/00ab-title/');
    expect(threadUrl('00ab-title', 2)).toBe('/t/00ab-title/2/');
  });

  test('should point at the page and anchor of a post', () => {
    expect(postUrl('s', 1)).toBe('/t/s/#p1');
    expect(postUrl('s', 50)).toBe('/t/s/#p50');
    expect(postUrl('s', 51)).toBe('/t/s/2/#p51');
  });

  test('should escape a slug that is not a plain URL segment', () => {
    expect(threadUrl('a/b?c')).toBe('/t/a%2Fb%3Fc/');
  });

  test('should carry a search query in q', () => {
    expect(searchUrl()).toBe('/search/');
    expect(searchUrl('a b&c')).toBe('/search/?q=a%20b%26c');
    expect(pagefindUrl()).toBe('/pagefind/pagefind.js');
  });
});
