/**
 * A post body (plain text) as HTML: paragraphs, and quoted passages as figures. Runs of blank lines
 * beyond the one that separates blocks are kept as spacers of the same height, so the layout
 * loses nothing.
 *
 * Written as one string rather than by components: a thread page holds hundreds of paragraphs, and
 * each component or expression Astro renders costs more than the text it writes. Every piece of
 * dump text goes through `text()`/`attribute()` (Astro's escapers): it never becomes markup.
 */
import { parseBody } from './body.ts';
import type { InlineNode } from './inline.ts';
import { attribute, text } from './markup.ts';
import { QUOTE_WEIGHT } from './search-weight.ts';

// One line break per blank line, shown by `white-space: pre`: the spacer gets its height without
// a `style=""`, which the pages' Content-Security-Policy does not allow.
function blankLines(count: number): string {
  return `<div class="blank-lines" aria-hidden="true">${'\n'.repeat(count)}</div>`;
}

function inlineHtml(nodes: readonly InlineNode[]): string {
  let html = '';
  for (const node of nodes) {
    html +=
      node.type === 'link'
        ? `<a${attribute('href', node.href)} rel="nofollow ugc noopener">${text(node.value)}</a>`
        : text(node.value);
  }
  return html;
}

/** The body as `<div class="post-body">…</div>`; `props` are attributes for the div (microdata). */
export function bodyHtml(body: string, props = ''): string {
  let html = `<div class="post-body"${props}>`;
  parseBody(body).forEach((block, index) => {
    // The first block's blank lines are all extra; later blocks have one for the block margin.
    const extra = index === 0 ? block.blankLinesBefore : block.blankLinesBefore - 1;
    if (extra > 0) html += blankLines(extra);
    if (block.type === 'paragraph') {
      html += `<p>${inlineHtml(block.children)}</p>`;
      return;
    }
    html += `<figure class="quote"><figcaption>${text(block.attribution)}</figcaption>`;
    if (block.children.length > 0) {
      html += `<blockquote data-pagefind-weight="${QUOTE_WEIGHT}">`;
      if (block.blankLinesInside > 1) html += blankLines(block.blankLinesInside - 1);
      html += `<p>${inlineHtml(block.children)}</p></blockquote>`;
    }
    html += '</figure>';
  });
  return `${html}</div>`;
}
