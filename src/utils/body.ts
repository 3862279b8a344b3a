/**
 * A post body (plain text) as typed blocks: paragraphs, and quoted passages introduced by a
 * `<name> wrote:` line. Pure; the blocks keep every character of the body (see `blocksSource`).
 */
import { inlineSource, parseInline, type InlineNode } from './inline.ts';

/** A run of non-blank lines; its single line breaks stay in the text. */
export interface ParagraphBlock {
  type: 'paragraph';
  /** Blank lines before the block (1 between ordinary paragraphs, 0 right after a line). */
  blankLinesBefore: number;
  children: InlineNode[];
}

/**
 * A `<name> wrote:` line and the passage after it. The dump does not say where a quote ends,
 * so the passage is the run of lines after the attribution, up to the next blank line.
 */
export interface QuoteBlock {
  type: 'quote';
  blankLinesBefore: number;
  /** The attribution line as written, e.g. `Stalin wrote:`. */
  attribution: string;
  name: string;
  /** Blank lines between the attribution and the passage. */
  blankLinesInside: number;
  /** The quoted passage; empty when nothing follows the attribution. */
  children: InlineNode[];
}

/** One block of a post body. */
export type BodyBlock = ParagraphBlock | QuoteBlock;

// A name of up to 80 characters starting with a non-space, then ` wrote:` ending the line.
const ATTRIBUTION = /^(\S.{0,79}?) wrote:[ \t]*$/u;

/** The quoted name when `line` is a `<name> wrote:` attribution, else `null`. */
export function attributionName(line: string): string | null {
  // Every line of a body is asked, and few are attributions: the substring test is much cheaper.
  if (!line.includes(' wrote:')) return null;
  return ATTRIBUTION.exec(line)?.[1] ?? null;
}

/** A block as written: its text not yet split into inline nodes. */
export type TextBlock =
  | (Omit<ParagraphBlock, 'children'> & { text: string })
  | (Omit<QuoteBlock, 'children'> & { text: string });

/**
 * Splits a post body into blocks of plain text; an empty body has none. Search indexes these as
 * they are (inline parsing only matters for display, and costs more than the split).
 */
export function splitBlocks(body: string): TextBlock[] {
  const lines = body === '' ? [] : body.split('\n');
  const blocks: TextBlock[] = [];
  let blank = 0;
  let i = 0;
  // The run of non-blank, non-attribution lines from `i`, joined; advances `i` past it.
  const textRun = (): string => {
    const start = i;
    while (i < lines.length && lines[i] !== '' && attributionName(lines[i]!) === null) i++;
    return lines.slice(start, i).join('\n');
  };
  while (i < lines.length) {
    const line = lines[i]!;
    const name = attributionName(line);
    if (line === '') {
      blank++;
      i++;
    } else if (name === null) {
      blocks.push({ type: 'paragraph', blankLinesBefore: blank, text: textRun() });
      blank = 0;
    } else {
      let inside = 0;
      while (lines[i + 1 + inside] === '') inside++;
      const hasPassage =
        i + 1 + inside < lines.length && attributionName(lines[i + 1 + inside]!) === null;
      i += 1 + (hasPassage ? inside : 0);
      const passage = hasPassage ? textRun() : '';
      blocks.push({
        type: 'quote',
        blankLinesBefore: blank,
        attribution: line,
        name,
        blankLinesInside: hasPassage ? inside : 0,
        text: passage,
      });
      blank = 0;
    }
  }
  return blocks;
}

/** Parses a post body into blocks with inline nodes; an empty body has none. */
export function parseBody(body: string): BodyBlock[] {
  return splitBlocks(body).map(
    ({ text, ...block }) => ({ ...block, children: parseInline(text) }) as BodyBlock,
  );
}

/** The body's non-newline characters as the blocks hold them, quote marks mapped back. */
export function blocksSource(blocks: readonly BodyBlock[]): string {
  return blocks
    .map((block) =>
      block.type === 'quote'
        ? block.attribution + inlineSource(block.children)
        : inlineSource(block.children),
    )
    .join('')
    .replaceAll('\n', '');
}
