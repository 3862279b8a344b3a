/**
 * Pagefind weight of quoted passages: a post's own words outrank the words it quotes. Both the
 * pages (`body-html.ts`) and the index writer (`scripts/search/`) use it; it has a module of its
 * own so the index writer does not load Astro's runtime, whose `class HTMLString extends String`
 * turns `String.prototype` into a slow (dictionary-mode) object: every `charCodeAt` loop in the
 * writer's worker threads then ran 3–5 times slower (see README "Performance").
 */
export const QUOTE_WEIGHT = 0.2;
