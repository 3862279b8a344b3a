import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { toText } from 'hast-util-to-text';
import { rehype } from 'rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { describe, expect, test } from 'vitest';
import { sanitizeBody } from '../../../scripts/import/lib/stackexchange/index.ts';

// The pipeline sanitizeBody stands for (it skips positions and unified's per-post files): parse,
// sanitize and serialize with rehype. The link/image rewrite comes on top.
const reference = rehype().data('settings', { fragment: true }).use(rehypeSanitize, defaultSchema);

function referenceBody(html: string): { html: string; text: string } {
  const tree = reference.runSync(reference.parse(html));
  return { html: reference.stringify(tree), text: toText(tree).trim() };
}

/** What sanitizeBody's own link/image rewrite leaves of its output, to compare with the reference. */
function withoutArchiveLinks(html: string): string {
  return html.replaceAll(' rel="nofollow ugc noopener"', '');
}

function expectSameAsReference(body: string): void {
  const { html, text } = sanitizeBody(body);
  expect({ html: withoutArchiveLinks(html), text }).toEqual(referenceBody(body));
}

const payloads = (
  JSON.parse(
    readFileSync(new URL('../../fixtures/payloads/injection.json', import.meta.url), 'utf8'),
  ) as { payloads: Array<{ text: string }> }
).payloads.map((payload) => payload.text);

const markup = fc.constantFrom(
  '<p>',
  '</p>',
  '<b>',
  '</i>',
  '<a href="https://e.org/">',
  '<a href="javascript:x()">',
  '</a>',
  '<pre><code>',
  '</code></pre>',
  '<table>',
  '<td>',
  '<tr>',
  '<li>',
  '<script>',
  '</script>',
  '<noscript>',
  '<template>',
  '<svg>',
  '<math>',
  '<textarea>',
  '<!-- c -->',
  '<![CDATA[x]]>',
  '&amp;',
  '&lt;',
  '&#0;',
  '&nbsp;',
  '\n',
  '\r\n',
  '\t',
  '  ',
  'word',
  'é',
  '\u0000',
  '<input type=checkbox checked>',
  '<div id="main" onclick="x()" style="a">',
);

describe('sanitizeBody', () => {
  test('should drop scripts, event handlers, javascript: URLs, frames, SVG and styles', () => {
    const { html } = sanitizeBody(
      '<p style="color:red" onclick="x()">a<script>alert(1)</script></p>' +
        '<a href="javascript:alert(2)">j</a><a href="JaVaScRiPt:alert(3)">k</a>' +
        '<iframe src="https://evil.example/"></iframe><svg onload="alert(4)"></svg>' +
        '<object data="x.swf"></object><form action="/x"><input name="q"></form>',
    );
    expect(html).not.toMatch(/script|onclick|onload|style=|javascript:|iframe|svg|object|form/i);
    expect(html).toContain('<p>a</p><a>j</a><a>k</a>');
    // GitHub's schema keeps task-list checkboxes, always disabled.
    expect(html).toContain('<input name="user-content-q" disabled type="checkbox">');
  });

  test('should keep code blocks, lists, tables and links, with rel="nofollow ugc noopener"', () => {
    const { html } = sanitizeBody(
      '<pre><code>if (a &lt; b) {\n  go();\n}</code></pre><ol><li>one</li></ol>' +
        '<table><tr><td>cell</td></tr></table><a href="https://example.org/" target="_blank">x</a>',
    );
    expect(html).toContain('<pre><code>if (a &#x3C; b) {\n  go();\n}</code></pre>');
    expect(html).toContain('<ol><li>one</li></ol>');
    expect(html).toContain('<td>cell</td>');
    expect(html).toContain('<a href="https://example.org/" rel="nofollow ugc noopener">x</a>');
  });

  test('should turn a remote image into a link with its alt text and a relative one into text', () => {
    const { html } = sanitizeBody(
      '<img src="https://i.example/a.png" alt="a cat" onerror="alert(1)"><img src="/local.png"><img src="http://i.example/b.png">',
    );
    expect(html).toBe(
      '<a href="https://i.example/a.png" rel="nofollow ugc noopener" class="image-link">a cat</a>' +
        'image<a href="http://i.example/b.png" rel="nofollow ugc noopener" class="image-link">image</a>',
    );
  });

  test('should give the plain text of the sanitized body for excerpts and search', () => {
    const { text } = sanitizeBody(
      '<p>Caf&eacute; <b>au</b> lait</p><p>Second &lt;b&gt;</p><script>x</script>',
    );
    expect(text).toBe('Café au lait\n\nSecond <b>');
  });

  test('should prefix ids and names so a post cannot clobber the page', () => {
    const { html } = sanitizeBody('<a id="main" name="p1">x</a>');
    expect(html).not.toMatch(/id="main"|name="p1"/);
  });

  test('should give the plain text hast-util-to-text gives, however spaces and words fall', () => {
    const spacing = fc.constantFrom(
      ...[' ', ' ', '  ', '\t', ' \t ', '\n', ' \n ', '\r', '\f', 'a', 'bc', 'é', '\u200b'],
      ...['\u200e', '\u061c', '\u2066', '\ue000', '&nbsp;', '<br>', '<p>', '</p>', '<pre>'],
      ...['</pre>', '<nobr>', '</nobr>', '<b>', '</b>', '<table><tr><td>', '</td><td>', '<li>'],
      ...['<textarea>', '</textarea>', '<code>', '</code>', '<td nowrap>', '<h2>', '</h2>'],
    );
    fc.assert(
      fc.property(fc.array(spacing, { maxLength: 25 }), (parts) => {
        const body = parts.join('');
        expect(sanitizeBody(body).text).toBe(referenceBody(body).text);
      }),
      { numRuns: 3000 },
    );
    const tricky = ['a \u200e b', 'a \u2066\u2069 b', 'x \ue000 y z', '<pre>a b  c</pre>'];
    for (const body of [...tricky, 'a \u200b b', '<nobr>a b</nobr>', '<td>a b</td> c d']) {
      expect(sanitizeBody(body).text).toBe(referenceBody(body).text);
    }
  });

  test('should parse, sanitize and serialize exactly as rehype with rehype-sanitize does', () => {
    // Images excluded: sanitizeBody turns them into links or text on purpose.
    const bodies = payloads.filter((body) => !/<img/i.test(body));
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 30 }), (parts) => {
        expectSameAsReference(parts.join(''));
      }),
      { numRuns: 300 },
    );
    for (const body of bodies) expectSameAsReference(body);
  });
});
