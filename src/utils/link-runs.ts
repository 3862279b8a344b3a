/**
 * `findLinks` at the cost of the links instead of the text: linkify runs only on the runs of
 * non-whitespace that hold an `http(s)://`. Pure.
 *
 * Why the result is the same: linkify's scanner makes every whitespace character (`\s`) part of a
 * whitespace token and no other, and its parser has no transition on a whitespace token, so no
 * link spans whitespace and parsing starts afresh after each one. A run bounded by whitespace is
 * therefore parsed alone exactly as inside the text, and every http(s) link starts with its scheme.
 * Tokenizing a whole paragraph to find one URL cost more than the rest of its page's rendering.
 */
import { findLinks, type FoundLink } from './links.ts';

const SCHEME = /https?:\/\//gi;
const WHITESPACE = /\s/;

/** The http(s) URLs in `text`, in order, not overlapping: the same as `findLinks(text)`. */
export function findLinksInRuns(text: string): FoundLink[] {
  const links: FoundLink[] = [];
  let done = 0;
  for (const match of text.matchAll(SCHEME)) {
    // A later scheme in a run already searched (`http://a/?u=http://b`) was found with it.
    if (match.index < done) continue;
    let start = match.index;
    while (start > done && !WHITESPACE.test(text[start - 1]!)) start--;
    let end = match.index + match[0].length;
    while (end < text.length && !WHITESPACE.test(text[end]!)) end++;
    for (const link of findLinks(text.slice(start, end))) {
      links.push({ start: start + link.start, end: start + link.end, href: link.href });
    }
    done = end;
  }
  return links;
}
