import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  authorPath,
  forumUrl,
  postUrl,
  relativeFrom,
  threadUrl,
} from '../../../src/utils/url.ts';

describe('relativeFrom', () => {
  test('should link from the home page to a forum index file without leaving the folder', () => {
    expect(relativeFrom('/', 'f/chat/')).toBe('f/chat/index.html');
  });

  test('should climb one level per folder of the page under the base', () => {
    expect(relativeFrom('/sub/t/abc/2/', 'f/chat/', '/sub/')).toBe('../../../f/chat/index.html');
    expect(relativeFrom('/t/abc/', '', '/')).toBe('../../index.html');
  });

  test('should keep the query and fragment after the index file', () => {
    expect(relativeFrom('/search/', 'search/?q=a%20b')).toBe('../search/index.html?q=a%20b');
    expect(relativeFrom('/f/x/', 't/y/2/#p51')).toBe('../../t/y/2/index.html#p51');
  });

  test('should leave file paths (assets) as they are apart from the climb', () => {
    expect(relativeFrom('/sub/archive/2015/04/', '_astro/a.css', '/sub/')).toBe(
      '../../../_astro/a.css',
    );
  });

  test('should resolve to the same file the absolute URL names, from any page', () => {
    const pages = ['/sub/', '/sub/f/a/', '/sub/f/a/3/', '/sub/archive/2015/04/', '/sub/about/'];
    for (const page of pages) {
      const link = relativeFrom(page, 't/x-y/2/#p60', '/sub/');
      expect(new URL(link, `http://h${page}`).href).toBe('http://h/sub/t/x-y/2/index.html#p60');
    }
  });
});

describe('links outside a page render', () => {
  test('should be absolute under the base path, ending in a slash', () => {
    expect(forumUrl('chat')).toBe('/f/chat/');
    expect(threadUrl('abc-title', 3)).toBe('/t/ab/abc-title/3/');
    expect(postUrl('abc-title', 51)).toBe('/t/ab/abc-title/2/#p51');
  });
});

describe('absoluteUrl', () => {
  test('should put the base path after the host of --site', () => {
    expect(absoluteUrl('https://example.org/sub/', 't/x/', '/sub/')).toBe(
      'https://example.org/sub/t/x/',
    );
    expect(absoluteUrl(new URL('https://example.org/'), '', '/')).toBe('https://example.org/');
  });

  test('should not repeat the base when --site names it, nor drop the path --site gives', () => {
    expect(absoluteUrl('https://h/sub', 't/x/', '/sub/')).toBe('https://h/sub/t/x/');
    expect(absoluteUrl('https://h/', 't/x/', '/sub/')).toBe('https://h/sub/t/x/');
    expect(absoluteUrl('https://h/proxy/sub/', 'a/', '/sub/')).toBe('https://h/proxy/sub/a/');
    expect(absoluteUrl('https://h/mirror/', 'a/', '/')).toBe('https://h/mirror/a/');
  });
});

describe('authorPath', () => {
  test('should file an author under the last two characters of the id', () => {
    expect(authorPath('u12345')).toBe('authors/45/u12345/');
    expect(authorPath('u12345', 3)).toBe('authors/45/u12345/3/');
    expect(authorPath('u7')).toBe('authors/u7/u7/');
    expect(authorPath('u-1')).toBe('authors/-1/u-1/');
  });

  test('should spread numbered authors evenly: 100,000 ids over 100 folders of 1,000', () => {
    const folders = new Map<string, number>();
    for (let n = 100; n < 100_100; n++) {
      const folder = authorPath(`u${n}`).split('/')[1]!;
      folders.set(folder, (folders.get(folder) ?? 0) + 1);
    }
    expect(folders.size).toBe(100);
    expect(new Set(folders.values())).toEqual(new Set([1000]));
  });
});
