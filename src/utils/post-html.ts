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
import { postAnchorTitle } from './search-anchor.ts';
import { authorUrl, postUrl } from './url.ts';

function timeHtml(date: string): string {
  return `<time${attribute('datetime', date)}>${text(formatDateTime(date))}</time>`;
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

// Search: the article is a Pagefind sub-result (id + title); its author becomes a facet value of
// the whole page (a page holds the authors of all its posts).
function headerHtml(post: PostRecord, threadSlug: string | undefined): string {
  const anchor = `p${post.n}`;
  let html = `<header class="post-meta"><a class="permalink"${attribute('href', `#${anchor}`)} data-pagefind-ignore>#${text(post.n)}</a>`;
  if (post.author !== null) {
    const name = `<bdi>${text(post.author)}</bdi>`;
    html += `<span class="author" data-pagefind-filter="author">${
      post.authorId === undefined
        ? name
        : `<a${attribute('href', authorUrl(post.authorId))} rel="author">${name}</a>`
    }</span>`;
  }
  html += `<span data-pagefind-ignore>${timeHtml(post.date)}</span>`;
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
 * The post as `<article>`. `threadSlug` (the thread's) links the accepted answer. Why `post.html`
 * is written as it is, and only it: it is never dump text as read. The importer parsed it with
 * rehype and kept only what rehype-sanitize's GitHub schema allows (no scripts, no event handlers,
 * no styles, no `javascript:` URLs, no frames or SVG), then turned images into links; see
 * `scripts/import/lib/stackexchange/sanitize.ts`. The page's CSP is a second guard.
 */
export function postHtml(post: PostRecord, threadSlug?: string): string {
  return (
    `<article class="post"${attribute('id', `p${post.n}`)}${attribute('data-pagefind-title', postAnchorTitle(post))}>` +
    headerHtml(post, threadSlug) +
    (post.html !== undefined
      ? `<div class="post-body post-html">${post.html}</div>`
      : bodyHtml(post.body)) +
    (post.comments ? commentsHtml(post.comments) : '') +
    '</article>'
  );
}
