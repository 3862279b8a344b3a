/** Plain text as typed inline nodes: text, links and typographic quote marks, never markup. */
import { findLinksInRuns } from './link-runs.ts';
import { findQuoteMarks } from './quotes.ts';

/** Text shown as is (it may hold line breaks, kept by `white-space: pre-wrap`). */
export interface TextNode {
  type: 'text';
  value: string;
}

/** An http(s) URL as written (`value`) and its target (`href`). */
export interface LinkNode {
  type: 'link';
  value: string;
  href: string;
}

/** A LaTeX quote mark (`source`, as written) shown as a typographic quote (`value`). */
export interface QuoteMarkNode {
  type: 'quote';
  value: '“' | '”' | '‘' | '’';
  source: '``' | "''" | '`' | "'";
}

/** One inline piece of a post body. */
export type InlineNode = TextNode | LinkNode | QuoteMarkNode;

/** Splits `text` into inline nodes; joining each node's written text gives `text` back. */
export function parseInline(text: string): InlineNode[] {
  const links = findLinksInRuns(text);
  // Every paired quote mark opens with a backtick (quotes.ts) and most paragraphs have none:
  // skipping the scan for them is part of what keeps a page cheap to render.
  const marks = text.includes('`') ? findQuoteMarks(text, links) : [];
  const special = [
    ...links.map((link) => ({ start: link.start, end: link.end, node: linkNode(text, link) })),
    ...marks.map((mark) => ({
      start: mark.start,
      end: mark.start + mark.source.length,
      node: { type: 'quote', value: mark.value, source: mark.source } satisfies QuoteMarkNode,
    })),
  ].sort((a, b) => a.start - b.start);

  const nodes: InlineNode[] = [];
  let at = 0;
  for (const { start, end, node } of special) {
    if (start > at) nodes.push({ type: 'text', value: text.slice(at, start) });
    nodes.push(node);
    at = end;
  }
  if (at < text.length) nodes.push({ type: 'text', value: text.slice(at) });
  return nodes;
}

function linkNode(text: string, link: { start: number; end: number; href: string }): LinkNode {
  return { type: 'link', value: text.slice(link.start, link.end), href: link.href };
}

/** The text as written: quote marks mapped back to their LaTeX form. */
export function inlineSource(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === 'quote' ? node.source : node.value)).join('');
}
