/**
 * schema.org microdata for thread pages (Google's `DiscussionForumPosting`): the thread is the
 * item, its first post's date, author and text are the thread's, and every reply is a `Comment`
 * marked on the article that shows it.
 *
 * Microdata rather than JSON-LD because it annotates the markup the reader sees: JSON-LD repeated
 * every shown post's text in a script, about a third of a thread page's bytes.
 */

const SCHEMA = 'https://schema.org/';

/** The part a post plays in its page's item: the thread's own first post, or a reply. */
export type PostRole = 'posting' | 'comment';

/** ` itemscope itemtype="https://schema.org/<type>"`: a new item of that type. */
export function itemScope(
  type: 'DiscussionForumPosting' | 'Comment' | 'Person' | 'WebPage',
): string {
  return ` itemscope itemtype="${SCHEMA}${type}"`;
}

/** ` itemprop="<name>"`: the element's value is that property of the enclosing item. */
export function itemProp(name: string): string {
  return ` itemprop="${name}"`;
}
