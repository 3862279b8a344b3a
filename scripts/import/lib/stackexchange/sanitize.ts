import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { rehype } from 'rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { SKIP, visit } from 'unist-util-visit';

/** A post body made safe: HTML for the page, plain text for excerpts and search. */
export interface SafeBody {
  html: string;
  text: string;
}

const rel = ['nofollow', 'ugc', 'noopener'];

/**
 * Runs after the sanitizer, so it only sees allowed elements and `http(s)`/relative URLs. Links
 * get `rel`; images become links with their alt text, because an offline archive must not call
 * out to third-party hosts when a page loads (relative images, which
 * would not resolve here, keep only their alt text).
 */
function archiveLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'a') {
        // A link whose URL the sanitizer dropped (`javascript:`) is left a plain `<a>`.
        if (node.properties['href'] !== undefined) node.properties['rel'] = rel;
        return;
      }
      if (node.tagName !== 'img' || parent === undefined || index === undefined) return;
      const src = node.properties['src'];
      const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'].trim() : '';
      const label: ElementContent = { type: 'text', value: alt || 'image' };
      const replacement: ElementContent =
        typeof src === 'string' && /^https?:\/\//i.test(src)
          ? {
              type: 'element',
              tagName: 'a',
              properties: { href: src, rel, className: ['image-link'] },
              children: [label],
            }
          : label;
      parent.children[index] = replacement;
      return [SKIP, index + 1];
    });
  };
}

// GitHub's schema: code, lists, tables, links and images stay; scripts, event handlers, styles,
// iframes and `javascript:` URLs go.
const processor = rehype()
  .data('settings', { fragment: true })
  .use(rehypeSanitize, defaultSchema)
  .use(archiveLinks);

/** Sanitizes one post body written by a stranger (Stack Exchange `Body`). */
export function sanitizeBody(html: string): SafeBody {
  const tree = processor.runSync(processor.parse(html));
  return { html: processor.stringify(tree), text: toText(tree).trim() };
}
