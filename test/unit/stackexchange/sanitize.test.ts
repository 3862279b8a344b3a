import { describe, expect, test } from 'vitest';
import { sanitizeBody } from '../../../scripts/import/lib/stackexchange/index.ts';

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
});
