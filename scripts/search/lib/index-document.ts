/**
 * What Pagefind indexes for a thread: one small HTML document per thread page, at that page's
 * path, holding what the page's indexed region holds (title, forum and tag filters, each post as
 * an `<article id="p<n>">` sub-result with its text, author and comments, quotes at a lower
 * weight, year filters and date sort keys) and nothing else: no head, navigation or JSON-LD.
 *
 * Built from the records rather than read back from the rendered pages, so the index is built
 * while Astro renders: the two stages overlap instead of running one after the other. Post text
 * has its CJK characters spaced apart (see `src/utils/cjk.ts`); filter values and titles do not.
 */
import type { CommentRecord, PostRecord, ThreadRecord } from '../../records/types.ts';
import { pageCount, pageSlice, POSTS_PER_PAGE } from '../../../src/utils/paginate.ts';
import { splitBlocks } from '../../../src/utils/body.ts';
import { spaceCjk } from '../../../src/utils/cjk.ts';
import { pageSearchKeys, postAnchorTitle } from '../../../src/utils/search-anchor.ts';
import { threadPath } from '../../../src/utils/url.ts';
import { escapeHtml } from './escape-html.ts';

/** One page's document: its path relative to the site root, and its HTML. */
export interface IndexDocument {
  path: string;
  html: string;
}

/** Matches the weight the thread page gives quoted passages (`PostBody.astro`). */
export const QUOTE_WEIGHT = '0.2';

/** The documents of every page of `thread`, in page order. */
export function threadIndexDocuments(thread: ThreadRecord): IndexDocument[] {
  const pages = pageCount(thread.posts.length, POSTS_PER_PAGE);
  const head = threadHead(thread);
  return Array.from({ length: pages }, (_, index) => ({
    path: `${threadPath(thread.slug, index + 1)}index.html`,
    html: pageDocument(head, pageSlice(thread.posts, index + 1, POSTS_PER_PAGE)),
  }));
}

/** The parts shared by every page of a thread: title (result title) and page-level filters. */
function threadHead(thread: ThreadRecord): string {
  const tags = (thread.tags ?? []).map(
    (tag) => `<span data-pagefind-filter="tag">${escapeHtml(tag.name)}</span>`,
  );
  return (
    `<span data-pagefind-filter="forum">${escapeHtml(thread.forum)}</span>${tags.join('')}` +
    `<h1 data-pagefind-meta="title">${escapeHtml(thread.title)}</h1>`
  );
}

function pageDocument(head: string, posts: readonly PostRecord[]): string {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>' +
    `${head}<main data-pagefind-body>${searchKeys(posts)}${posts.map(postArticle).join('')}` +
    '</main></body></html>'
  );
}

/** Year filters and sort keys, as `SearchFacets.astro` renders them on the page. */
function searchKeys(posts: readonly PostRecord[]): string {
  const keys = pageSearchKeys(posts);
  if (!keys) return '';
  const years = keys.years.map((year) => `<span data-pagefind-filter="year:${year}"></span>`);
  return (
    `<span data-pagefind-sort="first:${keys.first}"><span data-pagefind-sort="last:${keys.last}">` +
    `</span>${years.join('')}</span>`
  );
}

function postArticle(post: PostRecord): string {
  const title = escapeHtml(postAnchorTitle(post));
  const author =
    post.author === null ? '' : `<p data-pagefind-filter="author">${escapeHtml(post.author)}</p>`;
  const comments = post.comments ? commentList(post.comments) : '';
  return `<article id="p${post.n}" data-pagefind-title="${title}">${author}${postBody(post)}${comments}</article>`;
}

/** Sanitized HTML (Stack Exchange) as it is shown; plain text as paragraphs and quotes. */
function postBody(post: PostRecord): string {
  // Spacing inside the HTML's tags and attribute values too is harmless: this copy is never shown.
  if (post.html !== undefined) return `<div>${spaceCjk(post.html)}</div>`;
  return splitBlocks(post.body)
    .map((block) =>
      block.type === 'quote'
        ? `<p>${text(block.attribution)}</p>` +
          (block.text === ''
            ? ''
            : `<blockquote data-pagefind-weight="${QUOTE_WEIGHT}"><p>${text(block.text)}</p></blockquote>`)
        : `<p>${text(block.text)}</p>`,
    )
    .join('');
}

function commentList(comments: readonly CommentRecord[]): string {
  const items = comments.map(
    (comment) => `<li>${text(comment.text)} — ${text(comment.author ?? 'unknown')}</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

/** Dump text as indexed HTML text. */
function text(value: string): string {
  return escapeHtml(spaceCjk(value));
}
