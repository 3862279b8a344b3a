/**
 * One post as HTML: `<article id="p<n>">` with its permalink, author, date, votes and answer
 * status, body and comments.
 *
 * A thread page renders up to 50 posts; written as one string per post they cost a fraction of
 * the component renders they took as `Post.astro`/`PostBody.astro`/`Comments.astro`. Dump text
 * goes through `text()`/`attribute()` (Astro's escapers), so it never becomes markup.
 */
import type { CommentRecord, PostRecord } from '../../scripts/records/types.ts';
import { bodyHtml } from './body-html.ts';
import { formatDateTime, plural } from './format.ts';
import { attribute, text } from './markup.ts';
import { itemProp, itemScope, type PostRole } from './microdata.ts';
import { postAnchorTitle } from './search-anchor.ts';
import { authorUrl, postUrl } from './url.ts';

function timeHtml(date: string, props = ''): string {
  return `<time${attribute('datetime', date)}${props}>${text(formatDateTime(date))}</time>`;
}

/** Comments under a post, as plain text (markup in a comment stays visible text). */
export function commentsHtml(comments: readonly CommentRecord[]): string {
  let html = `<section class="comments"${attribute('aria-label', plural(comments.length, 'comment'))}><ul>`;
  for (const comment of comments) {
    html +=
      `<li><span class="comment-text">${text(comment.text)}</span> — ` +
      `<bdi class="author">${text(comment.author ?? 'unknown')}</bdi> ` +
      `<span class="meta" data-pagefind-ignore>${timeHtml(comment.date)}` +
      `${comment.score !== 0 ? ` · ${text(plural(comment.score, 'vote'))}` : ''}</span></li>`;
  }
  return `${html}</ul></section>`;
}

/** A microdata property, for a post that has a role in its page's item (see `microdata.ts`). */
function propOf(role: PostRole | undefined, name: string): string {
  return role ? itemProp(name) : '';
}

// Search: the author becomes a facet value of the whole page (a page holds the authors of all its
// posts).
function authorHtml(
  author: string,
  authorId: string | undefined,
  role: PostRole | undefined,
): string {
  const person = role ? `${itemProp('author')}${itemScope('Person')}` : '';
  const name = `<bdi${propOf(role, 'name')}>${text(author)}</bdi>`;
  const linked =
    authorId === undefined
      ? name
      : `<a${attribute('href', authorUrl(authorId))} rel="author"${propOf(role, 'url')}>${name}</a>`;
  return `<span class="author"${person} data-pagefind-filter="author">${linked}</span>`;
}

function headerHtml(
  post: PostRecord,
  threadSlug: string | undefined,
  role: PostRole | undefined,
): string {
  // A reply's permalink is its URL; the thread's URL is the page's, not its first post's.
  const urlProp = role === 'comment' ? itemProp('url') : '';
  let html = `<header class="post-meta"><a class="permalink"${attribute('href', `#p${post.n}`)}${urlProp} data-pagefind-ignore>#${text(post.n)}</a>`;
  if (post.author !== null) html += authorHtml(post.author, post.authorId, role);
  html += `<span data-pagefind-ignore>${timeHtml(post.date, propOf(role, 'datePublished'))}</span>`;
  // Votes and answer status (Stack Exchange); the accepted answer is linked wherever its page is.
  const accepted = threadSlug === undefined ? undefined : post.acceptedAnswer;
  if (post.score !== undefined || post.accepted === true || accepted !== undefined) {
    html += '<span class="post-status" data-pagefind-ignore>';
    if (post.score !== undefined)
      html += `<span class="score">${text(plural(post.score, 'vote'))}</span>`;
    if (post.accepted) html += '<strong class="accepted">✓ Accepted answer</strong>';
    if (accepted !== undefined)
      html += `<a class="accepted-link"${attribute('href', postUrl(threadSlug!, accepted))}>Accepted answer: #${text(accepted)}</a>`;
    html += '</span>';
  }
  return `${html}</header>`;
}

/**
 * The post as `<article>`. `threadSlug` (the thread's) links the accepted answer; `role` marks
 * the post up as the thread page's item or one of its comments (see `microdata.ts`), and only
 * thread pages give one. Why `post.html`
 * is written as it is, and only it: it is never dump text as read. The importer parsed it with
 * rehype and kept only what rehype-sanitize's GitHub schema allows (no scripts, no event handlers,
 * no styles, no `javascript:` URLs, no frames or SVG), then turned images into links; see
 * `scripts/import/lib/stackexchange/sanitize.ts`. The page's CSP is a second guard.
 */
export function postHtml(post: PostRecord, threadSlug?: string, role?: PostRole): string {
  const item = role === 'comment' ? `${itemProp('comment')}${itemScope('Comment')}` : '';
  const textProp = propOf(role, 'text');
  // Search: the article is a Pagefind sub-result (id + title).
  return (
    `<article class="post"${attribute('id', `p${post.n}`)}${attribute('data-pagefind-title', postAnchorTitle(post))}${item}>` +
    headerHtml(post, threadSlug, role) +
    (post.html !== undefined
      ? `<div class="post-body post-html"${textProp}>${post.html}</div>`
      : bodyHtml(post.body, textProp)) +
    (post.comments ? commentsHtml(post.comments) : '') +
    '</article>'
  );
}
