/**
 * Pagefind excerpts are HTML: page text with `<` and `>` escaped (Pagefind 1.6 leaves `&` and
 * quotes as they are) and `<mark>` around matches. They are split here into plain text pieces
 * so the page builds DOM nodes with `textContent` and never parses search data as HTML.
 */
import { unspaceCjk } from './cjk.ts';

/** A piece of an excerpt; `marked` pieces matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Undoes Pagefind's escaping of `<` and `>`. Text that literally contained `&lt;` cannot be told
 * apart from an escaped `<` and shows as `<`: a cosmetic loss in an excerpt, never markup.
 */
export function unescapeExcerptText(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
}

/** Splits an excerpt at its `<mark>` tags; anything else, tag-like or not, stays text. */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  // The index spaces CJK characters apart (see `cjk.ts`); readers see them as written.
  for (const piece of unspaceCjk(excerpt).split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: unescapeExcerptText(piece), marked });
  }
  return parts;
}
