import { headerFromIso } from './dates.ts';
import type { GeneratedThread } from './thread.ts';

/**
 * The file text of a thread: forum, title, one blank line, then each header and its body lines,
 * joined with the layout's line endings. Built as one array join: threads of thousands of posts
 * would be quadratic with repeated concatenation in some engines.
 */
export function renderThread(thread: GeneratedThread): string {
  const lines = [thread.forum, thread.title + thread.layout.titlePadding, ''];
  for (const post of thread.posts) {
    lines.push(headerFromIso(post.date));
    if (post.body !== '') lines.push(...post.body.split('\n'));
  }
  const { eol, finalNewline } = thread.layout;
  let text: string;
  if (eol === 'mixed') {
    text = '';
    for (let i = 0; i < lines.length; i++)
      text += (i > 0 ? (i % 3 === 0 ? '\r\n' : '\n') : '') + lines[i];
  } else text = lines.join(eol === 'crlf' ? '\r\n' : '\n');
  if (finalNewline) text += eol === 'crlf' ? '\r\n' : '\n';
  return text;
}
