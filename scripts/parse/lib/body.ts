/** Where a post's kept lines lie in the file, and whether they need rewriting. */
export interface BodyExtent {
  /** Start of the first non-blank line, -1 when the body is blank. */
  first: number;
  /** End of the last non-blank line, trailing spaces/tabs excluded. */
  last: number;
  /** No line in the extent has trailing spaces/tabs or a CRLF terminator. */
  clean: boolean;
}

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
