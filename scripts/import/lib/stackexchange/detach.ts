/**
 * A copy of `text` that does not keep alive the larger string it was cut from. V8 represents a
 * substring of 13 or more characters as a view into its parent, and fast-xml-parser cuts attribute
 * values out of the whole batch it parsed: a title or user name kept for the summary lists would
 * otherwise keep its whole batch of rows (bodies included) in memory until the import ends.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
