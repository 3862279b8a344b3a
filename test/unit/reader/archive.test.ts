import { describe, expect, test } from 'vitest';
import type { ForumRecord, ThreadSummary } from '../../../scripts/records/types.ts';
import {
  archiveYears,
  monthBars,
  monthName,
  postsPerYear,
  yearBars,
  type ArchiveYear,
} from '../../../src/utils/archive.ts';

const forum = (id: string, name: string, postsPerMonth: Record<string, number>): ForumRecord => ({
  id,
  slug: id,
  name,
  threadCount: 0,
  postCount: 0,
  firstPostAt: '2014-01-01T00:00',
  lastPostAt: '2016-01-01T00:00',
  postsPerMonth,
});

const thread = (id: string, firstPostAt: string): ThreadSummary => ({
  id,
  slug: id,
  title: id,
  postCount: 1,
  firstPostAt,
  lastPostAt: firstPostAt,
  at: [0, 1, 2],
});

describe('archiveYears', () => {
  const forums = [
    forum('a', 'Alpha', { '2014-03': 5, '2016-12': 2 }),
    forum('b', 'Beta', { '2014-03': 1 }),
  ];
  const summaries: Record<string, ThreadSummary[]> = {
    a: [thread('t2', '2014-03-20T10:00'), thread('t1', '2014-03-02T09:00')],
    b: [thread('t3', '2016-12-31T23:59')],
  };
  const years = archiveYears(forums, (id) => summaries[id] ?? []);

  test('should span the first to the last year, keeping empty years in between', () => {
    expect(years.map((y) => y.year)).toEqual([2014, 2015, 2016]);
    expect(years[1]).toMatchObject({ posts: 0, threads: 0 });
  });

  test('should give every year twelve months for the bar strip', () => {
    for (const year of years)
      expect(year.months.map((m) => m.month)).toEqual([...Array(12).keys()].map((k) => k + 1));
  });

  test('should add the posts of all forums per month', () => {
    expect(years[0]!.months[2]!.posts).toBe(6);
    expect(years[0]!.posts).toBe(6);
    expect(years[2]!.months[11]!.posts).toBe(2);
  });

  test('should list threads in the month of their first post, oldest first, with their forum', () => {
    const march = years[0]!.months[2]!;
    expect(march.threads.map((t) => t.thread.id)).toEqual(['t1', 't2']);
    expect(march.threads[0]!.forum.name).toBe('Alpha');
    expect(years[2]!.months[11]!.threads.map((t) => t.forum.id)).toEqual(['b']);
  });

  test('should return no years for an archive without records', () => {
    expect(archiveYears([], () => [])).toEqual([]);
  });
});

describe('postsPerYear', () => {
  test('should total a forum per year and keep empty years', () => {
    expect(postsPerYear(forum('a', 'A', { '2014-01': 2, '2014-07': 3, '2016-02': 1 }))).toEqual([
      { year: 2014, posts: 5 },
      { year: 2015, posts: 0 },
      { year: 2016, posts: 1 },
    ]);
  });

  test('should be empty for records written before postsPerMonth existed', () => {
    const { postsPerMonth: _, ...old } = forum('a', 'A', {});
    expect(postsPerYear(old)).toEqual([]);
  });
});

describe('monthName', () => {
  test('should name months 1 to 12 and refuse others', () => {
    expect(monthName(1)).toBe('January');
    expect(monthName(12)).toBe('December');
    expect(() => monthName(13)).toThrow(/Invalid month 13/);
  });
});

describe('yearBars and monthBars', () => {
  const year: ArchiveYear = {
    year: 2015,
    posts: 5,
    threads: 1,
    months: Array.from({ length: 12 }, (_, i) => ({
      year: 2015,
      month: i + 1,
      posts: i === 3 ? 5 : 0,
      threads: [],
    })),
  };

  test('should give one bar per year with its posts and link', () => {
    expect(yearBars([year], (y) => `/archive/${y}/`)).toEqual([
      { label: '2015', title: '2015', value: 5, href: '/archive/2015/' },
    ]);
  });

  test('should give twelve month bars, linking only the months the callback links', () => {
    const bars = monthBars(year, (m) => (m.posts > 0 ? `#m${m.month}` : undefined));
    expect(bars).toHaveLength(12);
    expect(bars[3]).toEqual({ label: 'Apr', title: 'April 2015', value: 5, href: '#m4' });
    expect(bars[0]!.href).toBeUndefined();
  });
});
