import type { BodyExtent } from './types.ts';

// Trailing blanks of a line plus its terminator. Deliberately not `/[ \t]+$/gm`: with `m`, `$` also
// matches before CR, U+2028 and U+2029, which are ordinary characters in the dump.
const lineTail = /[ \t]*\r?\n/g;

/**
 * The body text of a post: its lines with trailing spaces/tabs dropped, without leading/trailing
 * blank lines, joined by `\n`. Every other code point is kept as is. `text` decodes a range.
 */
export function bodyOf(text: (from: number, to: number) => string, extent: BodyExtent): string {
  if (extent.first === -1) return '';
  const kept = text(extent.first, extent.last);
  return extent.clean ? kept : kept.replace(lineTail, '\n');
}
