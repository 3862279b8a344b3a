import { describe, expect, test } from 'vitest';
import { tallyPosts } from '../../../scripts/records/index.ts';

const posts = (...dates: string[]) => dates.map((date) => ({ date }));

describe('tallyPosts', () => {
  test('should take the earliest and latest date whatever the posts’ order', () => {
    const tally = tallyPosts(posts('2015-04-11T14:58', '2009-12-31T23:59', '2016-01-01T00:00'));
    expect(tally).toMatchObject({
      count: 3,
      firstPostAt: '2009-12-31T23:59',
      lastPostAt: '2016-01-01T00:00',
    });
  });

  test('should count posts per month, months in the order their first post came', () => {
    const tally = tallyPosts(
      posts('2015-04-11T14:58', '2015-03-01T00:00', '2015-04-30T23:59', '2015-03-02T10:00'),
    );
    expect(tally.months).toEqual(['2015-04', '2015-03']);
    expect(tally.monthPosts).toEqual([2, 2]);
  });

  test('should give no dates and no months for a thread without posts', () => {
    expect(tallyPosts([])).toEqual({
      count: 0,
      firstPostAt: '',
      lastPostAt: '',
      months: [],
      monthPosts: [],
    });
  });
});
