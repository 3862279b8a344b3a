import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatThreadFile, parseThreadFile } from '../../../scripts/parse/index.ts';
import { threadOf } from './helpers.ts';

const seed = readFileSync(
  new URL('../../../content/sample-dump/000_dcd7bb5245801141.txt', import.meta.url),
);

describe('the seed thread', () => {
  const thread = threadOf(seed);

  it('should read the forum name and title', () => {
    expect(thread.forum).toBe('U.S.S.R. and communism historical discussion.');
    expect(thread.title).toBe('Question concerning Stalin');
  });

  it('should find its 11 posts (one per "Post " line) with first and last dates', () => {
    const headerLines = seed
      .toString('utf8')
      .split('\n')
      .filter((line) => line.startsWith('Post '));
    expect(headerLines).toHaveLength(11);
    expect(thread.posts).toHaveLength(11);
    expect(thread.posts[0]).toMatchObject({ line: 4, date: '2015-04-11T14:58' });
    expect(thread.posts.at(-1)).toMatchObject({ line: 52, date: '2016-03-07T09:10' });
  });

  it('should keep the body of the first post with its blank lines, and the empty post', () => {
    expect(thread.posts[0]?.body).toMatch(/^Greeting to all comrades,\n\nI have read /);
    expect(thread.posts[0]?.body.endsWith('or it is just a rumor?\n\nThank you.')).toBe(true);
    expect(thread.posts[9]).toEqual({ line: 51, date: '2015-12-07T19:00', body: '' });
  });

  it('should round-trip through formatThreadFile', () => {
    const again = parseThreadFile(new TextEncoder().encode(formatThreadFile(thread)));
    const strip = (posts: typeof thread.posts) => posts.map(({ date, body }) => ({ date, body }));
    expect(again.ok && strip(again.thread.posts)).toEqual(strip(thread.posts));
  });
});
