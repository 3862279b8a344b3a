import slugify from '@sindresorhus/slugify';

/** How every slug of the archive is made by the library. */
export const SLUG_OPTIONS = { lowercase: true, decamelize: false } as const;

/**
 * Printable ASCII but for the characters the library does more with than make them a
 * separator: `&` (" and "), `'` (contractions), `\`, and `^` and `` ` `` (dropped).
 */
const plainAscii = /^[\x20-\x25\x28-\x5b\x5d\x5f\x61-\x7e]*$/;

/**
 * The library's slug of `text`. Plain ASCII text (most titles) is slugged here, the same way
 * (tested against the library): the library builds its replacement table and regular
 * expressions again on every call, ~10 µs a title, half a second of the parse at 50,000 threads.
 */
export function slugified(text: string): string {
  if (!plainAscii.test(text)) return slugify(text, SLUG_OPTIONS);
  return text
    .toLowerCase()
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * An ASCII, lower-case slug of at most `max` characters, cut at a word boundary where one is near.
 * Returns '' for text with nothing to transliterate (punctuation only, unknown scripts): callers
 * always combine the slug with an id, so an empty slug still yields a unique, readable URL.
 */
export function slugOf(text: string, max = 60): string {
  const slug = slugified(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > max / 2 ? cut.slice(0, lastDash) : cut.replace(/-+$/, '');
}
