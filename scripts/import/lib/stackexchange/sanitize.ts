import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { rehype } from 'rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';

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
 * would not resolve here, keep only their alt text). A plain recursive walk: it runs on every
 * post, and `unist-util-visit`'s generic machinery (tests, parent stacks) cost more than the work.
 */
function archiveLinks() {
  return (tree: Root) => void walk(tree);
}

function walk(parent: Root | Element): void {
  const children = parent.children as ElementContent[];
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type !== 'element') continue;
    if (node.tagName === 'img') {
      children[index] = imageLink(node);
      continue;
    }
    // A link whose URL the sanitizer dropped (`javascript:`) is left a plain `<a>`.
    if (node.tagName === 'a' && node.properties['href'] !== undefined) node.properties['rel'] = rel;
    walk(node);
  }
}

function imageLink(image: Element): ElementContent {
  const src = image.properties['src'];
  const alt = typeof image.properties['alt'] === 'string' ? image.properties['alt'].trim() : '';
  const label: ElementContent = { type: 'text', value: alt || 'image' };
  return typeof src === 'string' && /^https?:\/\//i.test(src)
    ? {
        type: 'element',
        tagName: 'a',
        properties: { href: src, rel, className: ['image-link'] },
        children: [label],
      }
    : label;
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
