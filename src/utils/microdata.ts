/**
 * schema.org microdata for thread pages (Google's `DiscussionForumPosting`): the thread is the
 * item, its first post's date, author and text are the thread's, and every reply is a `Comment`
 * marked on the article that shows it.
 *
 * Microdata rather than JSON-LD because it annotates the markup the reader sees: JSON-LD repeated
 * every shown post's text in a script, about a third of a thread page's bytes.
 */

/** The schema.org types the pages use. */
export type SchemaType = 'DiscussionForumPosting' | 'Comment' | 'Person' | 'WebPage';

/** The part a post plays in its page's item: the thread's own first post, or a reply. */
export type PostRole = 'posting' | 'comment';

/** The `itemtype` of a schema.org type: `https://schema.org/<type>`. */
export function schemaType(type: SchemaType): string {
  return `https://schema.org/${type}`;
}

/** ` itemscope itemtype="…"`: a new item of that type, for markup written as a string. */
export function itemScope(type: SchemaType): string {
  return ` itemscope itemtype="${schemaType(type)}"`;
}

/** ` itemprop="<name>"`: the element's value is that property of the enclosing item. */
export function itemProp(name: string): string {
  return ` itemprop="${name}"`;
}
