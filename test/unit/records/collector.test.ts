import { describe, expect, test } from 'vitest';
import {
  ArchiveCollector,
  tallyPosts,
  type RecordRange,
  type ThreadDraft,
} from '../../../scripts/records/index.ts';

/** Where a thread's record went: these tests do not write records. */
const store = (): RecordRange => [0, 1, 2];

function draft(id: string, forum: string, dates: string[]): ThreadDraft {
  return {
    id,
    forum,
    title: `Thread ${id}`,
    source: `${id}.txt`,
    sha256: 'f'.repeat(64),
    posts: dates.map((date, i) => ({ n: i + 1, date, author: null, body: `post ${i + 1}` })),
  };
}

describe('ArchiveCollector', () => {
  test('should count threads and posts per forum with the date range of all posts', () => {
    const collector = new ArchiveCollector();
    collector.add(draft('a', 'Forum', ['2015-04-11T14:58', '2014-01-01T00:00']), store);
    collector.add(draft('b', 'Forum', ['2016-03-07T09:10']), store);
    const [forum] = collector.forums();
    expect(forum).toMatchObject({
      name: 'Forum',
      threadCount: 2,
      postCount: 3,
      firstPostAt: '2014-01-01T00:00',
      lastPostAt: '2016-03-07T09:10',
    });
    expect(collector.postCount).toBe(3);
  });

  test('should list threads newest activity first, ties by id', () => {
    const collector = new ArchiveCollector();
    collector.add(draft('b', 'F', ['2015-01-01T00:00']), store);
    collector.add(draft('c', 'F', ['2010-01-01T00:00', '2020-01-01T00:00']), store);
    collector.add(draft('a', 'F', ['2015-01-01T00:00']), store);
    const forumId = collector.forums()[0]!.id;
    expect(collector.threadsOf(forumId).map((t) => t.id)).toEqual(['c', 'a', 'b']);
  });

  test('should keep forums whose names differ only in case apart', () => {
    const collector = new ArchiveCollector();
    collector.add(draft('a', 'Chat', ['2015-01-01T00:00']), store);
    collector.add(draft('b', 'chat', ['2015-01-01T00:00']), store);
    expect(collector.forums().map((f) => f.name)).toEqual(['Chat', 'chat']);
  });

  test('should give a second file with the same id a distinct id instead of overwriting it', () => {
    const collector = new ArchiveCollector();
    const { record: first } = collector.add(
      draft('0123456789abcdef', 'F', ['2015-01-01T00:00']),
      store,
    );
    const { record: second } = collector.add(
      draft('0123456789abcdef', 'F', ['2015-01-01T00:00']),
      store,
    );
    expect(first.id).toBe('0123456789abcdef');
    expect(second.id).toBe('0123456789abcdef-2');
    expect(second.slug.startsWith('0123456789abcdef-2')).toBe(true);
  });

  test('should list and count a draft that brings its posts’ tally as if it brought the posts', () => {
    const drafts = [
      draft('a', 'F', ['2015-04-11T14:58', '2014-01-01T00:00', '2015-04-30T23:59']),
      draft('b', 'F', []),
      draft('c', 'G', ['2016-03-07T09:10']),
    ];
    const withPosts = new ArchiveCollector();
    const withTally = new ArchiveCollector();
    for (const d of drafts) {
      withPosts.add(d, store);
      withTally.add({ ...d, posts: [], tally: tallyPosts(d.posts) }, store);
    }
    expect(withTally.forums()).toEqual(withPosts.forums());
    expect(withTally.forums()[0]!.postsPerMonth).toEqual({ '2014-01': 1, '2015-04': 2 });
    for (const forum of withPosts.forums()) {
      expect(withTally.threadsOf(forum.id)).toEqual(withPosts.threadsOf(forum.id));
    }
    expect(withTally.postCount).toBe(4);
  });
});
