import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, describe, expect, test } from 'vitest';
import Search from '../../../src/components/Search.astro';
import {
  DEFAULT_SEARCH_BUNDLES,
  hasPageDates,
  PAGE_DATES_ENV,
  parseSearchBundles,
} from '../../../src/utils/search-bundles.ts';

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

describe('page dates of the bundles', () => {
  afterEach(() => {
    delete process.env[PAGE_DATES_ENV];
  });

  test('should count on page dates unless the CLI says 0', () => {
    expect(hasPageDates(undefined)).toBe(true);
    expect(hasPageDates('1')).toBe(true);
    expect(hasPageDates('0')).toBe(false);
    expect(hasPageDates(' 0 ')).toBe(false);
  });

  test('should tell the search script whether to ask for the page dates file', async () => {
    const container = await AstroContainer.create();
    expect(await container.renderToString(Search)).toMatch(/data-page-dates="true"/);
    process.env[PAGE_DATES_ENV] = '0';
    expect(await container.renderToString(Search)).toMatch(/data-page-dates="false"/);
  });
});
