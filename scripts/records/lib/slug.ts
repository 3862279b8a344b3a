import slugify from '@sindresorhus/slugify';

/**
 * An ASCII, lower-case slug of at most `max` characters, cut at a word boundary where one is near.
 * Returns '' for text with nothing to transliterate (punctuation only, unknown scripts): callers
 * always combine the slug with an id, so an empty slug still yields a unique, readable URL.
 */
export function slugOf(text: string, max = 60): string {
  const slug = slugify(text, { lowercase: true, decamelize: false });
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > max / 2 ? cut.slice(0, lastDash) : cut.replace(/-+$/, '');
}
