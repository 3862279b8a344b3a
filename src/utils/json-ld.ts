/**
 * schema.org `DiscussionForumPosting` for a thread page, and a serializer safe to inline in a
 * `<script type="application/ld+json">`. Pure.
 */
import type { PostRecord, ThreadRecord } from '../../scripts/records/types.ts';

/** Where the thread and its posts live; absolute URLs only (`--site`), else omitted. */
export interface JsonLdUrls {
  /** The thread's first page. */
  thread?: string | undefined;
  /** Post `n`'s permalink. */
  post?: ((n: number) => string) | undefined;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function person(post: PostRecord): { author?: Json } {
  // The plain-text format has no authors: say nothing rather than invent one.
  return post.author === null ? {} : { author: { '@type': 'Person', name: post.author } };
}

/**
 * The thread as a `DiscussionForumPosting`: headline, first post's date and text, and one
 * `Comment` per reply in `replies` (the replies shown on this page, so a page's data matches
 * what it shows and stays small).
 */
export function discussionForumPosting(
  thread: ThreadRecord,
  replies: readonly PostRecord[],
  urls: JsonLdUrls = {},
): { [key: string]: Json } {
  const first = thread.posts[0];
  if (!first) throw new Error(`Thread ${thread.id} has no posts: cannot describe it as JSON-LD`);
  return {
    '@context': 'https://schema.org',
    '@type': 'DiscussionForumPosting',
    headline: thread.title,
    datePublished: first.date,
    text: first.body,
    ...person(first),
    ...(urls.thread ? { url: urls.thread, mainEntityOfPage: urls.thread } : {}),
    isPartOf: { '@type': 'WebPage', name: thread.forum },
    commentCount: thread.posts.length - 1,
    comment: replies
      .filter((post) => post.n !== first.n)
      .map((post) => ({
        '@type': 'Comment',
        text: post.body,
        datePublished: post.date,
        ...person(post),
        ...(urls.post ? { url: urls.post(post.n) } : {}),
      })),
  };
}

/**
 * JSON for an inline `<script>`: `<`, `>` and `&` as `\u003c`… so no `</script>` or `<!--` in
 * the text can end or change the element, and U+2028/U+2029 escaped for old JS parsers.
 */
export function serializeJsonLd(value: unknown): string {
  // One pass: the data holds every post of the page, often the largest part of the page.
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (char) => ESCAPES[char]!);
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};
