/**
 * Pagefind weight of quoted passages: a post's own words outrank the words it quotes. Both the
 * pages (`body-html.ts`) and the index writer (`scripts/search/`) use it; it has a module of its
 * own so the index writer does not load Astro's runtime, whose `class HTMLString extends String`
 * makes V8 drop a fast path (its `StringWrapperToPrimitive` protector): the writer's
 * character loops then ran 3–4 times slower.
 */
export const QUOTE_WEIGHT = 0.2;
