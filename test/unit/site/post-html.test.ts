import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CommentRecord, PostRecord } from '../../../scripts/records/types.ts';
import { bodyHtml } from '../../../src/utils/body-html.ts';
import { attribute, text } from '../../../src/utils/markup.ts';
import { postHtml } from '../../../src/utils/post-html.ts';
import PostBodyTemplate from '../../fixtures/astro/PostBodyTemplate.astro';
import PostTemplate from '../../fixtures/astro/PostTemplate.astro';

let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
});

// Pieces that exercise every path of the body grammar and every character an escaper handles.
const piece = fc.constantFrom(
  'word',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\n\n\n',
  'Ann wrote:',
  '<b>x</b> wrote:',
  ' wrote:',
  '<script>alert(1)</script>',
  '&amp;',
  '"',
  "'",
  '``',
  "''",
  '`',
  'https://example.com/?a=1&b="2"<x>',
  'http://x.org/',
  'javascript:alert(1)',
  'é 🔥 \u2028',
);
const textOf = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
const date = fc
  .record({
    y: fc.integer({ min: 1990, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
  })
  .map(({ y, m, d, h }) => {
    const two = (n: number) => String(n).padStart(2, '0');
    return `${y}-${two(m)}-${two(d)}T${two(h)}:${two((y * m) % 60)}`;
  });
const comment: fc.Arbitrary<CommentRecord> = fc.record({
  date,
  author: fc.option(textOf, { nil: null }),
  score: fc.integer({ min: -3, max: 3 }),
  text: textOf,
});
const post: fc.Arbitrary<PostRecord> = fc.record(
  {
    n: fc.integer({ min: 1, max: 500 }),
    date,
    author: fc.option(textOf, { nil: null }),
    body: textOf,
    html: textOf,
    authorId: fc.stringMatching(/^[a-z0-9]{1,6}$/),
    score: fc.integer({ min: -5, max: 5000 }),
    accepted: fc.boolean(),
    acceptedAnswer: fc.integer({ min: 1, max: 200 }),
    comments: fc.array(comment, { maxLength: 3 }),
  },
  { requiredKeys: ['n', 'date', 'author', 'body'] },
);

describe('markup', () => {
  test('should escape text and attribute values as Astro expressions do', () => {
    expect(text('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(text(42)).toBe('42');
    expect(attribute('href', 'a?b=1&c="<d>"')).toBe(' href="a?b=1&amp;c=&quot;<d>&quot;"');
  });
});

describe('bodyHtml', () => {
  test('should write the same bytes as the PostBody template for any body', async () => {
    await fc.assert(
      fc.asyncProperty(textOf, async (body) => {
        const expected = await container.renderToString(PostBodyTemplate, { props: { body } });
        expect(bodyHtml(body)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('postHtml', () => {
  test('should write the same bytes as the Post template for any post', async () => {
    await fc.assert(
      fc.asyncProperty(
        post,
        fc.option(fc.constant('x-slug'), { nil: undefined }),
        async (p, slug) => {
          const props = slug === undefined ? { post: p } : { post: p, threadSlug: slug };
          const expected = await container.renderToString(PostTemplate, { props });
          expect(postHtml(p, slug)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('should never turn dump text into elements', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    const html = postHtml(
      {
        n: 1,
        date: '2015-04-11T14:58',
        author: hostile,
        authorId: 'u1',
        body: `${hostile}\n\n${hostile} wrote:\n${hostile}`,
        comments: [{ date: '2015-04-11T14:58', author: hostile, score: 1, text: hostile }],
      },
      'x',
    );
    // Author, paragraph, attribution, passage, comment author, comment text.
    expect(html).not.toMatch(/<script|<img/i);
    expect(html.match(/&lt;script&gt;/g)).toHaveLength(6);
  });
});
