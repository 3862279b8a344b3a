/** Finds the web links written in plain text. */
import { find } from 'linkifyjs';

/** A link found in text: `text.slice(start, end)` is what was written, `href` where it points. */
export interface FoundLink {
  start: number;
  end: number;
  href: string;
}

// Only addresses written with an explicit http(s) scheme are links: bare `example.com`, `mailto:`,
// `javascript:` and `data:` stay text, so a post can never smuggle in a script URL.
const WEB_SCHEME = /^https?:\/\//i;

/** The http(s) URLs in `text`, in order, not overlapping. */
export function findLinks(text: string): FoundLink[] {
  return find(text, 'url')
    .filter((link) => WEB_SCHEME.test(link.value) && WEB_SCHEME.test(link.href))
    .map((link) => ({ start: link.start, end: link.end, href: link.href }));
}
