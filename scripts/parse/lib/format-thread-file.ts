import type { ThreadToFormat } from './types.ts';
import { formatHeaderDate } from './date.ts';
import { matchHeaderLine, trimEndIndex } from './header.ts';

/**
 * Serialise a thread into the dump format, LF line ends, a blank line between posts. A line whose
 * text ends in CR gets a CRLF terminator so the CR survives a re-parse. Throws a `RangeError` for
 * what the format cannot carry: a line break in the forum name or title, a blank forum name or
 * title, an impossible date, or a body line that would read as a post header.
 */
export function formatThreadFile(thread: ThreadToFormat): string {
  // A forum name starting with U+FEFF needs a BOM in front, or a reader would drop it as one.
  const out: string[] = thread.forum.startsWith('\uFEFF') ? ['\uFEFF'] : [];
  out.push(terminated(headerField(thread.forum, 'forum name')));
  out.push(terminated(headerField(thread.title, 'title')));
  thread.posts.forEach((post, index) => {
    out.push('\n', `Post ${formatHeaderDate(post.date)}\n`);
    if (post.body === '') return;
    for (const line of post.body.split('\n')) {
      if (matchHeaderLine(line) !== undefined) {
        throw new RangeError(
          `Post ${index + 1} cannot be written: its body line "${line}" would read as a post header`,
        );
      }
      out.push(terminated(line));
    }
  });
  return out.join('');
}

function headerField(value: string, what: string): string {
  if (value.includes('\n')) throw new RangeError(`The ${what} cannot contain a line break`);
  let start = 0;
  while (value[start] === ' ' || value[start] === '\t') start++;
  if (trimEndIndex(value, start, value.length) === start) {
    throw new RangeError(`The ${what} cannot be blank`);
  }
  return value;
}

function terminated(line: string): string {
  return line.endsWith('\r') ? `${line}\r\n` : `${line}\n`;
}
