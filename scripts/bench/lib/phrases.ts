/**
 * Query phrases for the search benchmark: a run of 3–5 words a post says itself (never words it
 * quotes, nor the text of links), the run whose words are rarest in the archive, as a reader
 * remembering a post would recall its unusual words.
 */
import type { Rng } from '../../generate/index.ts';
import { parseBody } from '../../../src/utils/body.ts';
import { spaceCjk } from '../../../src/utils/cjk.ts';
import type { InlineNode } from '../../../src/utils/inline.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * How a phrase is cut from a post: `words` splits at every character that is not a letter or
 * digit (so a CJK run is cut at its punctuation and the pieces joined by spaces); `written`
 * takes the text as written, split at spaces as Pagefind splits words, as a reader copying it
 * would type it (Pagefind drops the punctuation).
 */
export type PhraseStyle = 'words' | 'written';

/** A word as counted for rarity: lower-cased letters and digits only. */
export function wordKey(token: string): string {
  return (token.toLowerCase().match(WORD) ?? []).join('');
}

// Links are left out: nobody searches for the digits of a URL. Each CJK character is a word, as
// in the index (see `src/utils/cjk.ts`), so its rarity is counted as search sees it.
function words(nodes: readonly InlineNode[], style: PhraseStyle): string[] {
  const text = spaceCjk(nodes.map((node) => (node.type === 'link' ? ' ' : node.value)).join(''));
  if (style === 'words') return text.toLowerCase().match(WORD) ?? [];
  return text.split(/\s+/).filter((token) => wordKey(token) !== '');
}

/** The words of a body outside its quoted passages and links (lower-cased for `words`). */
export function ownWords(body: string, style: PhraseStyle = 'words'): string[] {
  return parseBody(body)
    .filter((block) => block.type === 'paragraph')
    .flatMap((block) => words(block.children, style));
}

/** Each body's own words as one lower-case string, words apart and a space at each end. */
export function ownTexts(bodies: Iterable<string>, style: PhraseStyle = 'words'): string[] {
  return Array.from(bodies, (body) => ` ${ownWords(body, style).map(wordKey).join(' ')} `);
}

/** In how many of `texts` (see `ownTexts`) the words of `phrase` follow each other, up to `limit`. */
export function phraseCount(texts: readonly string[], phrase: string, limit = 2): number {
  const needle = ` ${phrase.split(/\s+/).map(wordKey).filter(Boolean).join(' ')} `;
  let count = 0;
  for (const text of texts) if (text.includes(needle) && ++count >= limit) break;
  return count;
}

/** Counts every word of every post's own words (`texts` from `ownTexts`), for rarity. */
export function countWords(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.split(' ')) {
      if (word !== '') counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** A phrase and how often its rarest word occurs in the archive. */
export interface Phrase {
  text: string;
  rarest: number;
}

/**
 * The most distinctive phrase of `body`: of all runs of `length` (3–5, chosen by `rng`) own
 * words, the one with the least summed log frequency; `undefined` with fewer than 3 words.
 */
export function pickPhrase(
  body: string,
  counts: Map<string, number>,
  rng: Rng,
  style: PhraseStyle = 'words',
): Phrase | undefined {
  const words = ownWords(body, style);
  if (words.length < 3) return undefined;
  const length = Math.min(words.length, rng.int(3, 5));
  let best: { start: number; score: number } | undefined;
  for (let start = 0; start + length <= words.length; start++) {
    let score = 0;
    for (const word of words.slice(start, start + length)) {
      score += Math.log(counts.get(wordKey(word)) ?? 1);
    }
    if (!best || score < best.score) best = { start, score };
  }
  const chosen = words.slice(best!.start, best!.start + length);
  return {
    text: chosen.join(' '),
    rarest: Math.min(...chosen.map((word) => counts.get(wordKey(word)) ?? 0)),
  };
}
