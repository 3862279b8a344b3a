/**
 * What search indexes for a thread page, as data: the page's title, its filter values and sort
 * keys, and each post as a sub-result with its text runs. It holds what the page's indexed region
 * shows and nothing else (no navigation or JSON-LD). Both index writers read it: the bundle writer
 * (`bundle/`) directly, and Pagefind's binary through `index-document.ts`.
 */
import type { CommentRecord, PostRecord, ThreadRecord } from '../../records/types.ts';
import { pageCount, pageSlice, POSTS_PER_PAGE } from '../../../src/utils/paginate.ts';
import { splitBlocks } from '../../../src/utils/body.ts';
import { QUOTE_WEIGHT } from '../../../src/utils/search-weight.ts';
import { spaceCjk } from '../../../src/utils/cjk.ts';
import { pageSearchKeys, postAnchorTitle } from '../../../src/utils/search-anchor.ts';
import { threadPath } from '../../../src/utils/url.ts';

/** A run of post text (CJK characters spaced apart, see `src/utils/cjk.ts`) and its weight. */
export interface IndexText {
  text: string;
  weight: number;
}

/** One post: a sub-result anchored at `#<id>`. */
export interface IndexPost {
  id: string;
  /** The anchor title the search page parses back (`postAnchorTitle`). */
  title: string;
  author: string | null;
  /**
   * The post's text in order: paragraphs, quote attributions and quoted passages; for an HTML
   * post, the lines of its plain text (the importer's `toText` of the sanitized HTML: one block
   * a line).
   */
  texts: IndexText[];
  /** Sanitized HTML posts (Stack Exchange): the HTML as shown, CJK spaced. */
  html?: string;
  /** Each comment as shown: `text — author`, CJK spaced. */
  comments: string[];
}

/** One thread page as search sees it. */
export interface IndexPage {
  /** The page's path relative to the site's base, ending with `/` (`t/ab/<slug>/2/`). */
  path: string;
  title: string;
  forum: string;
  tags: string[];
  /** Distinct years of the page's posts; empty for a page without posts. */
  years: string[];
  /** The sort key: the latest post date on the page; absent for a page without posts. */
  sort?: { date: string };
  posts: IndexPost[];
}

/** The index pages of every page of `thread`, in page order (one for a thread without posts). */
export function threadIndexPages(thread: ThreadRecord): IndexPage[] {
  const pages = pageCount(thread.posts.length, POSTS_PER_PAGE);
  return Array.from({ length: pages }, (_, index) => {
    const posts = pageSlice(thread.posts, index + 1, POSTS_PER_PAGE);
    const keys = pageSearchKeys(posts);
    return {
      path: threadPath(thread.slug, index + 1),
      title: thread.title,
      forum: thread.forum,
      tags: (thread.tags ?? []).map((tag) => tag.name),
      years: keys?.years ?? [],
      ...(keys && { sort: { date: keys.last } }),
      posts: posts.map(indexPost),
    };
  });
}

function indexPost(post: PostRecord): IndexPost {
  return {
    id: `p${post.n}`,
    title: postAnchorTitle(post),
    author: post.author,
    texts: post.html === undefined ? postTexts(post.body) : htmlPostTexts(post.body),
    ...(post.html !== undefined && { html: spaceCjk(post.html) }),
    comments: (post.comments ?? []).map(commentText),
  };
}

/** Paragraphs and quote attributions at full weight, quoted passages at `QUOTE_WEIGHT`. */
function postTexts(body: string): IndexText[] {
  return splitBlocks(body).flatMap((block): IndexText[] => {
    if (block.type !== 'quote') return [{ text: spaceCjk(block.text), weight: 1 }];
    const attribution = { text: spaceCjk(block.attribution), weight: 1 };
    if (block.text === '') return [attribution];
    return [attribution, { text: spaceCjk(block.text), weight: QUOTE_WEIGHT }];
  });
}

function htmlPostTexts(text: string): IndexText[] {
  return text.split('\n').map((line) => ({ text: spaceCjk(line), weight: 1 }));
}

function commentText(comment: CommentRecord): string {
  return spaceCjk(`${comment.text} — ${comment.author ?? 'unknown'}`);
}
