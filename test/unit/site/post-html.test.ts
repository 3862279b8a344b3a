import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import fc from 'fast-check';
import type { Element, Root } from 'hast';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
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

describe('postHtml microdata', () => {
  const reply: PostRecord = {
    n: 3,
    date: '2015-04-11T14:58',
    author: 'ann',
    authorId: 'u1',
    body: 'Bob wrote:\nquoted\n\nown words',
  };

  /** Each element that has microdata, in document order: tag, classes and microdata attributes. */
  function microdata(html: string): string[] {
    const tree = rehype().parse(html) as Root;
    const found: string[] = [];
    visit(tree, 'element', (node: Element) => {
      const { itemProp, itemScope, itemType, className } = node.properties;
      if (itemProp === undefined && itemScope === undefined) return;
      const classes = Array.isArray(className) ? `.${className.join('.')}` : '';
      const scope = itemScope ? ` scope=${String(itemType)}` : '';
      found.push(`${node.tagName}${classes} ${String(itemProp ?? '-')}${scope}`);
    });
    return found;
  }

  test('should mark a reply as a Comment with its permalink, date, author and text', () => {
    expect(microdata(postHtml(reply, 'x', 'comment'))).toEqual([
      'article.post comment scope=https://schema.org/Comment',
      'a.permalink url',
      'span.author author scope=https://schema.org/Person',
      'a url',
      'bdi name',
      'time datePublished',
      'div.post-body text',
    ]);
  });

  test("should give the first post's date, author and text to the thread's item, with no item of its own", () => {
    expect(microdata(postHtml({ ...reply, n: 1 }, 'x', 'posting'))).toEqual([
      'span.author author scope=https://schema.org/Person',
      'a url',
      'bdi name',
      'time datePublished',
      'div.post-body text',
    ]);
  });

  test('should mark the text of a Stack Exchange post, its sanitized HTML', () => {
    const html = postHtml({ ...reply, author: null, html: '<p>Hi</p>' }, 'x', 'comment');
    expect(microdata(html)).toContain('div.post-body.post-html text');
  });

  test('should write no microdata where a post is shown outside its thread page', () => {
    expect(postHtml(reply, 'x')).not.toMatch(/\bitem(prop|scope|type)\b/);
  });
});
