import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PostRecord } from '../../../scripts/records/types.ts';
import Post from '../../../src/components/Post.astro';
import SearchFacets from '../../../src/components/SearchFacets.astro';
import { parsePostAnchor } from '../../../src/utils/search-anchor.ts';

let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
});

const post = (n: number, date: string, author: string | null = null): PostRecord => ({
  n,
  date,
  author,
  body: `Body of post ${n}.\n\nAnn wrote:\nquoted words`,
});

describe('search markup of a thread page', () => {
  test('should make each post a Pagefind sub-result whose title reads back as its number and date', async () => {
    const html = await container.renderToString(Post, {
      props: { post: post(57, '2015-04-11T14:58'), threadSlug: 'x' },
    });
    const title = /<article[^>]*\bid="p57"[^>]*\bdata-pagefind-title="([^"]*)"/.exec(html)?.[1];
    expect(parsePostAnchor(title)).toEqual({ n: 57, date: '2015-04-11T14:58' });
    expect(html).toMatch(/<blockquote[^>]*data-pagefind-weight="0.2"/);
  });

  test('should offer the author as a facet value only when the record has one', async () => {
    const props = { post: post(1, '2015-04-11T14:58', 'Ann'), threadSlug: 'x' };
    expect(await container.renderToString(Post, { props })).toMatch(
      /data-pagefind-filter="author"/,
    );
    const none = { post: post(1, '2015-04-11T14:58'), threadSlug: 'x' };
    expect(await container.renderToString(Post, { props: none })).not.toMatch(/pagefind-filter/);
  });

  test("should give a page each of its posts' years once and its latest date as its sort key", async () => {
    const posts = [
      post(1, '2015-12-30T10:00'),
      post(2, '2016-01-02T10:00'),
      post(3, '2016-03-01T10:00'),
    ];
    const html = await container.renderToString(SearchFacets, { props: { posts } });
    expect([...html.matchAll(/data-pagefind-filter="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'year:2015',
      'year:2016',
    ]);
    expect([...html.matchAll(/data-pagefind-sort="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'date:2016-03-01T10:00',
    ]);
  });
});
