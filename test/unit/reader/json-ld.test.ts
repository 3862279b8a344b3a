import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PostRecord, ThreadRecord } from '../../../scripts/records/types.ts';
import { discussionForumPosting, serializeJsonLd } from '../../../src/utils/json-ld.ts';

const post = (n: number, body: string, author: string | null = null): PostRecord => ({
  n,
  date: `2015-04-${String(10 + n).padStart(2, '0')}T14:58`,
  author,
  body,
});

const thread: ThreadRecord = {
  id: 'abc',
  forumId: 'f',
  forum: 'History',
  title: 'A </script> title',
  slug: 'abc-a-title',
  source: 'x.txt',
  sha256: '0'.repeat(64),
  posts: [post(1, 'First'), post(2, 'Second'), post(3, 'Third', 'ann')],
};

describe('discussionForumPosting', () => {
  test('should describe the thread with headline, first date, first text and a comment per reply', () => {
    const data = discussionForumPosting(thread, thread.posts);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'DiscussionForumPosting',
      headline: 'A </script> title',
      datePublished: '2015-04-11T14:58',
      text: 'First',
      commentCount: 2,
    });
    expect(data['comment']).toEqual([
      { '@type': 'Comment', text: 'Second', datePublished: '2015-04-12T14:58' },
      {
        '@type': 'Comment',
        text: 'Third',
        datePublished: '2015-04-13T14:58',
        author: { '@type': 'Person', name: 'ann' },
      },
    ]);
  });

  test('should invent no author when the dump has none', () => {
    expect(discussionForumPosting(thread, [])).not.toHaveProperty('author');
  });

  test('should give the thread and each reply their absolute URL when known', () => {
    const data = discussionForumPosting(thread, thread.posts.slice(1, 2), {
      thread: 'https://h/t/abc/',
      post: (n) => `https://h/t/abc/#p${n}`,
    });
    expect(data['url']).toBe('https://h/t/abc/');
    expect(data['comment']).toEqual([expect.objectContaining({ url: 'https://h/t/abc/#p2' })]);
  });
});

describe('serializeJsonLd', () => {
  test('should leave no character that could end or alter an inline script', () => {
    const text = serializeJsonLd({ a: '</script><!-- & \u2028\u2029 >' });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ a: '</script><!-- & \u2028\u2029 >' });
  });

  test('should round-trip any string through JSON.parse', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const text = serializeJsonLd({ value });
        expect(text.toLowerCase()).not.toContain('</script');
        expect(JSON.parse(text)).toEqual({ value });
      }),
    );
  });
});
