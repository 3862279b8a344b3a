import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  emptySearchState,
  pagefindSearchOptions,
  readSearchState,
  sameSearchState,
  type SearchState,
  SORTS,
  writeSearchState,
} from '../../../src/utils/search-state.ts';

const state = (changes: Partial<SearchState>): SearchState => ({
  ...emptySearchState(),
  ...changes,
});

describe('search state in the URL', () => {
  test('should read a tag filter (Stack Exchange dumps)', () => {
    expect(readSearchState(new URLSearchParams('tag=c%23')).filters.tag).toEqual(['c#']);
  });

  test('should read query, repeated facet values and sort', () => {
    const params = new URLSearchParams('q=red+boat&forum=A%26B&forum=C&year=2015&sort=newest');
    expect(readSearchState(params)).toEqual({
      query: 'red boat',
      filters: { forum: ['A&B', 'C'], year: ['2015'], author: [], tag: [] },
      sort: 'newest',
    });
  });

  test('should ignore an unknown sort, empty and repeated values, and other parameters', () => {
    const params = new URLSearchParams('sort=random&year=&year=2015&year=2015&highlight=x');
    expect(readSearchState(params)).toEqual(
      state({ filters: { forum: [], year: ['2015'], author: [], tag: [] } }),
    );
  });

  test('should leave defaults out of the URL', () => {
    expect(writeSearchState(emptySearchState()).toString()).toBe('');
    expect(writeSearchState(state({ query: 'tea', sort: 'relevance' })).toString()).toBe('q=tea');
  });

  test('should read back every state it writes', () => {
    const values = fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 3 });
    fc.assert(
      fc.property(
        fc.string(),
        values,
        values,
        values,
        values,
        fc.constantFrom(...SORTS),
        (query, forum, year, author, tag, sort) => {
          const written: SearchState = { query, filters: { forum, year, author, tag }, sort };
          const read = readSearchState(new URLSearchParams(writeSearchState(written).toString()));
          expect(read).toEqual(written);
          expect(sameSearchState(read, written)).toBe(true);
        },
      ),
    );
  });

  test('should tell different searches apart', () => {
    expect(sameSearchState(state({ query: 'a' }), state({ query: 'b' }))).toBe(false);
    expect(sameSearchState(state({ sort: 'oldest' }), state({ sort: 'newest' }))).toBe(false);
  });
});

describe('pagefindSearchOptions', () => {
  test('should match any selected value of a facet and leave unselected facets out', () => {
    const options = pagefindSearchOptions(
      state({ filters: { forum: ['A', 'B'], year: [], author: ['Ann'], tag: [] } }),
    );
    expect(options.filters).toEqual({ forum: { any: ['A', 'B'] }, author: { any: ['Ann'] } });
  });

  test('should sort newest and oldest by the latest post of a page', () => {
    expect(pagefindSearchOptions(state({ sort: 'newest' })).sort).toEqual({ date: 'desc' });
    expect(pagefindSearchOptions(state({ sort: 'oldest' })).sort).toEqual({ date: 'asc' });
    expect(pagefindSearchOptions(state({ sort: 'relevance' })).sort).toEqual({});
  });
});
