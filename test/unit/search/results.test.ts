import { describe, expect, test } from 'vitest';
import {
  parsePostAnchor,
  pageSearchKeys,
  postAnchorTitle,
} from '../../../src/utils/search-anchor.ts';
import {
  highlightTerms,
  pageHit,
  type PagefindResultData,
  threadPageOf,
  withHighlight,
} from '../../../src/utils/search-results.ts';

const sub = (n: number, date: string, scores: number[]) => ({
  title: postAnchorTitle({ n, date }),
  url: `/sub/t/x/x/2/#p${n}`,
  excerpt: `post ${n}`,
  anchor: { id: `p${n}` },
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

const data: PagefindResultData = {
  url: '/sub/t/x/x/2/',
  excerpt: 'page excerpt',
  meta: { title: 'A thread' },
  filters: { forum: ['Harbour Talk'], year: ['2014', '2015'] },
  sub_results: [
    { title: 'A thread', url: '/sub/t/x/x/2/', excerpt: 'before any post' },
    sub(51, '2014-12-30T10:00', [1]),
    sub(52, '2015-01-02T09:00', [5, 5]),
    sub(53, '2015-01-03T09:00', [4]),
  ],
};

describe('post anchors', () => {
  test('should read back the number and date it writes into an anchor title', () => {
    const title = postAnchorTitle({ n: 1234, date: '2015-04-11T14:58' });
    expect(title).toBe('#1234 · 2015-04-11 14:58');
    expect(parsePostAnchor(title)).toEqual({ n: 1234, date: '2015-04-11T14:58' });
  });

  test('should not take a heading or thread title for a post', () => {
    expect(parsePostAnchor('A thread')).toBeUndefined();
    expect(parsePostAnchor('#12 · yesterday')).toBeUndefined();
    expect(parsePostAnchor(undefined)).toBeUndefined();
  });

  test("should give a page's distinct years and its earliest and latest date", () => {
    const posts = [
      { date: '2016-01-01T00:00' },
      { date: '2015-12-31T23:59' },
      { date: '2016-02-01T00:00' },
    ];
    expect(pageSearchKeys(posts)).toEqual({
      years: ['2015', '2016'],
      first: '2015-12-31T23:59',
      last: '2016-02-01T00:00',
    });
    expect(pageSearchKeys([])).toBeUndefined();
  });
});

describe('pageHit', () => {
  test('should list the matching posts best first, without the part before the first post', () => {
    const hit = pageHit(data);
    expect(hit).toMatchObject({ title: 'A thread', forum: 'Harbour Talk', page: 2 });
    expect(hit.posts.map((post) => post.n)).toEqual([52, 53, 51]);
    expect(hit.posts[0]).toEqual({
      n: 52,
      date: '2015-01-02T09:00',
      url: '/sub/t/x/x/2/#p52',
      excerpt: 'post 52',
      score: 10,
      matched: 0,
    });
  });

  test('should put the post holding more of the query words before a higher-scoring one', () => {
    const marked = (n: number, excerpt: string, scores: number[]) => ({
      ...sub(n, '2015-01-01T00:00', scores),
      excerpt,
    });
    const hit = pageHit({
      ...data,
      sub_results: [
        marked(60, '<mark>the</mark> and <mark>the</mark> and <mark>The</mark>', [9, 9, 9]),
        marked(61, '<mark>amber</mark> <mark>walrus</mark> sings <mark>the</mark>', [2, 2, 1]),
      ],
    });
    expect(hit.posts.map((post) => [post.n, post.matched])).toEqual([
      [61, 3],
      [60, 1],
    ]);
  });

  test('should keep only the posts of the selected years', () => {
    expect(pageHit(data, ['2014']).posts.map((post) => post.n)).toEqual([51]);
  });

  test('should order posts by date when the search is sorted by date', () => {
    expect(pageHit(data, [], 'newest').posts.map((post) => post.n)).toEqual([53, 52, 51]);
    expect(pageHit(data, [], 'oldest').posts.map((post) => post.n)).toEqual([51, 52, 53]);
  });

  test('should fall back to the URL when a page has no title', () => {
    expect(pageHit({ ...data, meta: {} }).title).toBe('/sub/t/x/x/2/');
  });
});

describe('threadPageOf', () => {
  test.each([
    ['/t/ab/abc-title/', 1],
    ['/sub/t/ab/abc-title/3/', 3],
    ['/sub/t/ab/abc-title/12/#p580', 12],
    ['/t/ab/abc-2015/', 1],
    ['/t/12/12/', 1],
    ['/t/12/12/4/', 4],
  ])('should read %s as page %i', (url, page) => {
    expect(threadPageOf(url)).toBe(page);
  });
});

describe('highlight links', () => {
  test('should drop quotes and repeated words from the terms', () => {
    expect(highlightTerms(' "red  boat" red ')).toEqual(['red', 'boat']);
  });

  test('should put the terms before the post anchor and keep the path', () => {
    expect(withHighlight('/sub/t/x/x/2/#p57', 'red & boat')).toBe(
      '/sub/t/x/x/2/?highlight=red&highlight=%26&highlight=boat#p57',
    );
    expect(withHighlight('https://h.org/t/x/x/', 'tea')).toBe('https://h.org/t/x/x/?highlight=tea');
  });
});
