import { describe, expect, test } from 'vitest';
import { DEFAULT_SEARCH_BUNDLES, parseSearchBundles } from '../../../src/utils/search-bundles.ts';

describe('parseSearchBundles', () => {
  test('should give the single default bundle when the variable is unset or blank', () => {
    expect(parseSearchBundles(undefined)).toEqual(['pagefind/']);
    expect(parseSearchBundles('  ')).toEqual([...DEFAULT_SEARCH_BUNDLES]);
  });

  test('should keep the order of the bundles, the first being the primary', () => {
    expect(parseSearchBundles('["pagefind/","pagefind-1/","pagefind-2/"]')).toEqual([
      'pagefind/',
      'pagefind-1/',
      'pagefind-2/',
    ]);
  });

  test('should add the trailing slash a folder needs', () => {
    expect(parseSearchBundles('["pagefind","search/pagefind-1"]')).toEqual([
      'pagefind/',
      'search/pagefind-1/',
    ]);
  });

  test.each([
    ['not JSON', 'pagefind/', /not JSON/],
    ['an empty array', '[]', /non-empty array/],
    ['an object', '{"a":"pagefind/"}', /non-empty array/],
    ['a number entry', '[1]', /not a relative folder path/],
    ['an absolute path', '["/pagefind/"]', /not a relative folder path/],
    ['a URL', '["https://x.org/pagefind/"]', /not a relative folder path/],
    ['a parent folder', '["../pagefind/"]', /leaves the site/],
  ])('should reject %s with a hint', (_, value, message) => {
    expect(() => parseSearchBundles(value)).toThrow(message);
    expect(() => parseSearchBundles(value)).toThrow(/FORUM_ARCHIVE_SEARCH_BUNDLES.*Hint/);
  });
});
