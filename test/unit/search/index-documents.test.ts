import { describe, expect, test } from 'vitest';
import type { PostRecord, ThreadRecord } from '../../../scripts/records/types.ts';
import { threadIndexDocuments } from '../../../scripts/search/index.ts';
import { threadPath } from '../../../src/utils/url.ts';
import { indexedWords } from '../../helpers/indexed-words.ts';

const post = (n: number, body: string, extra: Partial<PostRecord> = {}): PostRecord => ({
  n,
  date: `2015-0${1 + (n % 9)}-01T12:00`,
  author: null,
  body,
  ...extra,
});

const thread = (posts: PostRecord[], extra: Partial<ThreadRecord> = {}): ThreadRecord => ({
  id: 'ab12cd34ef56ab78',
  forumId: 'f00000000001',
  forum: 'Cooking',
  title: 'Bread',
  slug: 'ab12cd34ef56ab78-bread',
  source: 'ab12cd34ef56ab78.txt',
  sha256: '0'.repeat(64),
  posts,
  ...extra,
});

describe('threadIndexDocuments', () => {
  test('should write one document per page of 50 posts, at the thread page paths', () => {
    const posts = Array.from({ length: 101 }, (_, i) => post(i + 1, `word${i + 1}`));
    const documents = threadIndexDocuments(thread(posts));
    expect(documents.map((document) => document.path)).toEqual(
      [1, 2, 3].map((page) => `${threadPath('ab12cd34ef56ab78-bread', page)}index.html`),
    );
    expect(indexedWords(documents[1]!.html)).toEqual(
      Array.from({ length: 50 }, (_, i) => `word${i + 51}`),
    );
  });

  test('should make each post a sub-result anchored at p<n> with its number and date', () => {
    const [document] = threadIndexDocuments(thread([post(1, 'hello'), post(2, '')]));
    expect(document!.html).toContain(
      '<article id="p1" data-pagefind-title="#1 · 2015-02-01 12:00">',
    );
    expect(document!.html).toContain(
      '<article id="p2" data-pagefind-title="#2 · 2015-03-01 12:00">',
    );
  });

  test('should keep markup in titles, forum names, authors and bodies as text', () => {
    const hostile = '<img src=x onerror=alert(1)>"&';
    const [document] = threadIndexDocuments(
      thread([post(1, hostile, { author: hostile })], { title: hostile, forum: hostile }),
    );
    expect(document!.html).not.toContain('<img');
    expect(document!.html.match(/&lt;img src=x onerror=alert\(1\)&gt;&quot;&amp;/g)).toHaveLength(
      4,
    );
  });

  test('should give quoted passages a lower weight and keep their attribution as own text', () => {
    const [document] = threadIndexDocuments(
      thread([post(1, 'mine\n\nAnna wrote:\nhers\n\nmine again')]),
    );
    expect(document!.html).toContain(
      '<p>mine</p><p>Anna wrote:</p><blockquote data-pagefind-weight="0.2"><p>hers</p></blockquote><p>mine again</p>',
    );
  });

  test('should put forum, tags, authors and years in filters, and date sort keys', () => {
    const [document] = threadIndexDocuments(
      thread(
        [
          post(1, 'a', { date: '2014-05-01T10:00', author: 'Ann' }),
          post(2, 'b', { date: '2016-01-01T09:00', author: 'Bo' }),
        ],
        { tags: [{ id: 'baking', name: 'baking' }] },
      ),
    );
    const html = document!.html;
    expect(html).toContain('<span data-pagefind-filter="forum">Cooking</span>');
    expect(html).toContain('<span data-pagefind-filter="tag">baking</span>');
    expect(html).toContain('<p data-pagefind-filter="author">Ann</p>');
    expect(html).toContain('data-pagefind-filter="year:2014"');
    expect(html).toContain('data-pagefind-filter="year:2016"');
    expect(html).toContain('data-pagefind-sort="date:2016-01-01T09:00"');
    expect(html).toContain('<h1 data-pagefind-meta="title">Bread</h1>');
  });

  test('should index sanitized HTML bodies as HTML and comments as text', () => {
    const [document] = threadIndexDocuments(
      thread([
        post(1, 'plain', {
          html: '<p>Use <code>yeast</code></p>',
          comments: [{ date: '2015-01-01T00:00', author: null, score: 0, text: '<b>nice</b>' }],
        }),
      ]),
    );
    expect(document!.html).toContain('<div><p>Use <code>yeast</code></p></div>');
    expect(document!.html).toContain('<li>&lt;b&gt;nice&lt;/b&gt; — unknown</li>');
  });

  test('should still write one document for a thread without posts', () => {
    expect(threadIndexDocuments(thread([]))).toHaveLength(1);
  });
});

describe('CJK text in index documents', () => {
  test('should space CJK characters apart in post text but not in filter values', () => {
    const [document] = threadIndexDocuments(
      thread([post(1, '我们去公园', { author: '小明' })], { title: '公园' }),
    );
    const html = document!.html;
    expect(html).toMatch(/<p> 我 +们 +去 +公 +园 <\/p>/);
    expect(html).toContain('<p data-pagefind-filter="author">小明</p>');
    expect(html).toContain('<h1 data-pagefind-meta="title">公园</h1>');
  });
});
