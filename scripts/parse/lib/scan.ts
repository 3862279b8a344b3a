import { Buffer } from 'node:buffer';
import type { ScannedPost, ScanResult } from './types.ts';
import { reject } from './types.ts';
import { matchHeaderAt } from './header.ts';
import { contentEnd, contentStart, newlineAfter } from './lines.ts';

/** `Post DD Mon YYYY, HH:MM` is 23 ASCII bytes. */
const headerBytes = 23;
const P = 0x50;

const headerHint =
  'a post header is a line "Post DD Mon YYYY, HH:MM", e.g. "Post 11 Apr 2015, 14:58"';
const structureHint =
  'a thread file holds the forum name on line 1, the title on line 2, then its posts';

/**
 * Apply the dump grammar to well-formed UTF-8 `bytes[start, end)` (BOM already skipped). It works
 * on bytes because LF, CR, space and tab never occur inside a multi-byte sequence, and decoding
 * only what is kept avoids one huge string per file. With `partial`, the range holds only the
 * complete lines before an encoding error: problems in them are returned, verdicts that need the
 * whole file (`missing-title`, `no-posts`) are not, and the result is `null` when they are fine.
 * Bodies stay extents of `bytes`: decoding them is the caller's choice (`parseThreadFile`).
 */
export function scanThread(
  bytes: Uint8Array,
  start: number,
  end: number,
  partial: boolean,
): ScanResult | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (from: number, to: number) => buffer.toString('utf8', from, to);
  if (start === end) {
    return partial ? null : reject('empty-file', null, `the file is empty; ${structureHint}`);
  }

  let newline = newlineAfter(buffer, start, end);
  const forumEnd = contentEnd(bytes, start, newline, end);
  const forum = text(contentStart(bytes, start, forumEnd), forumEnd);
  if (forum === '') return reject('empty-forum-name', 1, 'line 1 must name the forum but is blank');
  if (newline === -1 || newline + 1 === end) {
    if (partial) return null;
    return reject('missing-title', 2, `the file ends after the forum name; ${structureHint}`);
  }

  let lineStart = newline + 1;
  newline = newlineAfter(buffer, lineStart, end);
  const titleEnd = contentEnd(bytes, lineStart, newline, end);
  const title = text(contentStart(bytes, lineStart, titleEnd), titleEnd);
  if (title === '')
    return reject('empty-title', 2, 'line 2 must hold the thread title but is blank');

  const posts: ScannedPost[] = [];
  let post: ScannedPost | undefined;
  for (let line = 3; newline !== -1 && newline + 1 < end; line++) {
    lineStart = newline + 1;
    newline = newlineAfter(buffer, lineStart, end);
    const textEnd = contentEnd(bytes, lineStart, newline, end);

    // Cheap length and first-byte test first: most lines are not headers.
    const header =
      textEnd - lineStart === headerBytes && bytes[lineStart] === P
        ? matchHeaderAt(text(lineStart, textEnd), 0, headerBytes)
        : undefined;
    if (header?.ok === false) {
      return reject('invalid-date', line, `${header.message}; fix the date in this post header`);
    }
    if (header !== undefined) {
      if (post !== undefined && !partial) posts.push(post);
      post = { line, date: header.date, first: -1, last: -1, clean: true };
    } else if (textEnd > lineStart) {
      if (post === undefined) {
        const found = JSON.stringify(text(lineStart, Math.min(textEnd, lineStart + 60)));
        return reject(
          'text-before-first-post',
          line,
          `only blank lines may stand between the title and the first post, found ${found}; ${headerHint}`,
        );
      }
      if (post.first === -1) post.first = lineStart;
      post.last = textEnd;
    }
    // Whether the kept lines need a rewrite: some line has trailing blanks or a CRLF terminator.
    if (post !== undefined && textEnd !== (newline === -1 ? end : newline)) post.clean = false;
  }

  if (partial) return null;
  if (post === undefined) return reject('no-posts', null, `the thread has no posts; ${headerHint}`);
  posts.push(post);
  return { ok: true, thread: { forum, title, posts } };
}
