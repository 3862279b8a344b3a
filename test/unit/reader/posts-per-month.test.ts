import { describe, expect, test } from 'vitest';
import { ArchiveCollector } from '../../../scripts/records/lib/collector.ts';
import type { PostRecord, RecordRange } from '../../../scripts/records/types.ts';

/** Where a thread's record went: these tests do not write records. */
const store = (): RecordRange => [0, 1, 2];

const posts = (...dates: string[]): PostRecord[] =>
  dates.map((date, index) => ({ n: index + 1, date, author: null, body: 'x' }));

const draft = (id: string, forum: string, dates: string[]) => ({
  id,
  forum,
  title: id,
  source: `${id}.txt`,
  sha256: '0'.repeat(64),
  posts: posts(...dates),
});

describe('ArchiveCollector posts per month', () => {
  test('should count every post of a forum in the month it was written, months ascending', () => {
    const collector = new ArchiveCollector();
    collector.add(draft('b', 'Chat', ['2016-01-05T10:00', '2015-12-31T23:59']), store);
    collector.add(
      draft('a', 'Chat', ['2015-12-01T00:00', '2016-01-01T00:00', '2016-01-02T00:00']),
      store,
    );
    collector.add(draft('c', 'Other', ['2014-02-03T04:05']), store);
    const [chat, other] = collector.forums();
    expect(Object.entries(chat!.postsPerMonth!)).toEqual([
      ['2015-12', 2],
      ['2016-01', 3],
    ]);
    expect(other!.postsPerMonth).toEqual({ '2014-02': 1 });
  });

  test('should add up to the forum post count', () => {
    const collector = new ArchiveCollector();
    collector.add(draft('a', 'Chat', ['2015-12-01T00:00', '2016-03-01T00:00']), store);
    collector.add(draft('b', 'Chat', ['2016-03-09T00:00']), store);
    const [chat] = collector.forums();
    const total = Object.values(chat!.postsPerMonth!).reduce((sum, n) => sum + n, 0);
    expect(total).toBe(chat!.postCount);
  });
});
