import type { Element, ElementContent, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toText } from 'hast-util-to-text';
import { parseFragment } from 'parse5';
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
// iframes and `javascript:` URLs go. The transformer itself, not a unified pipeline: `runSync`
// only adds a file and a middleware chain per post around the same call.
const sanitizeTree = rehypeSanitize(defaultSchema);

// rehype's serializer (hast-util-to-html) through a frozen processor: set up once, not per post.
const serializer = rehype().data('settings', { fragment: true }).freeze();

/**
 * What `rehype().data('settings', { fragment: true }).parse(html)` gives, minus positions: parse5
 * as rehype-parse calls it (fragment, scripting off) but without source locations, which nothing
 * here reads: tracking and converting them was about 45 % of the parse (50 MB dump, CPU profile).
 */
function parseBody(html: string): Root {
  return fromParse5(parseFragment(html, { scriptingEnabled: false })) as Root;
}

/** Parses untrusted HTML and keeps only what GitHub's schema allows: rehype-parse + rehype-sanitize. */
export function sanitizedTree(html: string): Root {
  return sanitizeTree(parseBody(html));
}

/** A (sanitized) tree as HTML: rehype-stringify's serializer. */
export function serialize(tree: Root): string {
  return serializer.stringify(tree);
}

/** Sanitizes one post body written by a stranger (Stack Exchange `Body`). */
export function sanitizeBody(html: string): SafeBody {
  const tree = sanitizedTree(html);
  walk(tree);
  return { html: serialize(tree), text: toText(tree).trim() };
}
