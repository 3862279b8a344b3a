import { describe, expect, test } from 'vitest';
import type { Pagefind, PagefindSearch } from '../../../src/scripts/search-pagefind.ts';
import { searchPagefind } from '../../../src/scripts/search-pagefind.ts';

/** A Pagefind that answers from a table: query as passed → result ids; records every query. */
function fakePagefind(answers: Record<string, string[]>) {
  const asked: (string | null)[] = [];
  const api: Pagefind = {
    options: async () => {},
    mergeIndex: async () => {},
    init: async () => {},
    filters: async () => ({}),
    search: async (query) => {
      asked.push(query);
      const ids = answers[query ?? ''] ?? [];
      return {
        results: ids.map((id) => ({
          id,
          data: async () => ({ url: id, excerpt: `${query}`, meta: {} }),
        })),
        filters: { forum: { [`${query}`]: ids.length } },
      } satisfies PagefindSearch;
    },
  };
  return { api, asked };
}

const relevance = { filters: {}, sort: {} };
const ids = (search: PagefindSearch) => search.results.map((result) => result.id);

describe('searchPagefind', () => {
  test('should put the pages holding the exact phrase first, each group in relevance order', async () => {
    const { api } = fakePagefind({
      'umbral axolotl mat': ['a', 'b', 'c', 'd'],
      '"umbral axolotl mat"': ['c', 'a'],
    });
    const search = await searchPagefind(api, ' umbral axolotl mat ', relevance);
    expect(ids(search)).toEqual(['a', 'c', 'b', 'd']);
    // Every page's data (its matching posts, its excerpt) comes from the plain search.
    const excerpts = await Promise.all(search.results.map(async (r) => (await r.data()).excerpt));
    expect(excerpts).toEqual(Array(4).fill('umbral axolotl mat'));
    // The counts are the plain search's, which the list's length agrees with.
    expect(search.filters).toEqual({ forum: { 'umbral axolotl mat': 4 } });
  });

  test('should keep the plain order when no page holds the exact phrase', async () => {
    const { api } = fakePagefind({ 'cat mat': ['b', 'a'] });
    expect(ids(await searchPagefind(api, 'cat mat', relevance))).toEqual(['b', 'a']);
  });

  test('should not search for a phrase under a date sort, for one word, or a quoted query', async () => {
    const { api, asked } = fakePagefind({ 'cat mat': ['b', 'a'], '"cat mat"': ['a'] });
    expect(
      ids(await searchPagefind(api, 'cat mat', { filters: {}, sort: { date: 'desc' } })),
    ).toEqual(['b', 'a']);
    await searchPagefind(api, 'cat', relevance);
    await searchPagefind(api, '"cat mat"', relevance);
    expect(asked).toEqual(['cat mat', 'cat', '"cat mat"']);
  });

  test('should search by filters alone when the query is blank', async () => {
    const { api, asked } = fakePagefind({});
    await searchPagefind(api, '  ', { filters: { forum: { any: ['Garden Chat'] } }, sort: {} });
    expect(asked).toEqual([null]);
  });
});
