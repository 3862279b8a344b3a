/**
 * An index page (`index-page.ts`) as the small HTML document Pagefind's binary indexes, written at
 * the page's path so Pagefind computes the page's real URL: title meta, forum and tag filters,
 * each post as an `<article id="p<n>" data-pagefind-title>` sub-result, quotes at a lower weight,
 * year filters and date sort keys. Used by `--indexer pagefind`, and by the tests as the reference
 * the bundle writer is compared with.
 */
import type { ThreadRecord } from '../../records/types.ts';
import { escapeHtml } from './escape-html.ts';
import { threadIndexPages, type IndexPage, type IndexPost } from './index-page.ts';

/** One page's document: its path relative to the site root, and its HTML. */
export interface IndexDocument {
  path: string;
  html: string;
}

/** The documents of every page of `thread`, in page order. */
export function threadIndexDocuments(thread: ThreadRecord): IndexDocument[] {
  return threadIndexPages(thread).map((page) => ({
    path: `${page.path}index.html`,
    html: pageDocument(page),
  }));
}

function pageDocument(page: IndexPage): string {
  const filters = [
    `<span data-pagefind-filter="forum">${escapeHtml(page.forum)}</span>`,
    ...page.tags.map((tag) => `<span data-pagefind-filter="tag">${escapeHtml(tag)}</span>`),
  ];
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>' +
    `${filters.join('')}<h1 data-pagefind-meta="title">${escapeHtml(page.title)}</h1>` +
    `<main data-pagefind-body>${searchKeys(page)}${page.posts.map(postArticle).join('')}` +
    '</main></body></html>'
  );
}

/** Year filters and sort keys, as `SearchFacets.astro` renders them on the page. */
function searchKeys(page: IndexPage): string {
  if (!page.sort) return '';
  const years = page.years.map((year) => `<span data-pagefind-filter="year:${year}"></span>`);
  return `<span data-pagefind-sort="date:${page.sort.date}">${years.join('')}</span>`;
}

function postArticle(post: IndexPost): string {
  const author =
    post.author === null ? '' : `<p data-pagefind-filter="author">${escapeHtml(post.author)}</p>`;
  const body =
    post.html === undefined
      ? post.texts
          .map(({ text, weight }) =>
            weight === 1
              ? `<p>${escapeHtml(text)}</p>`
              : `<blockquote data-pagefind-weight="${weight}"><p>${escapeHtml(text)}</p></blockquote>`,
          )
          .join('')
      : `<div>${post.html}</div>`;
  const comments = post.comments.length
    ? `<ul>${post.comments.map((comment) => `<li>${escapeHtml(comment)}</li>`).join('')}</ul>`
    : '';
  return `<article id="${post.id}" data-pagefind-title="${escapeHtml(post.title)}">${author}${body}${comments}</article>`;
}
