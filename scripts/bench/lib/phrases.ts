/**
 * Query phrases for the search benchmark: a run of 3–5 words a post says itself (never words it
 * quotes, nor the text of links), the run whose words are rarest in the archive, as a reader
 * remembering a post would recall its unusual words.
 */
import type { Rng } from '../../generate/index.ts';
import { parseBody } from '../../../src/utils/body.ts';
import type { InlineNode } from '../../../src/utils/inline.ts';

const WORD = /[\p{L}\p{N}]+/gu;

// Links are left out: nobody searches for the digits of a URL.
function words(nodes: readonly InlineNode[]): string[] {
  const text = nodes.map((node) => (node.type === 'link' ? ' ' : node.value)).join('');
  return text.toLowerCase().match(WORD) ?? [];
}

/** The words of a body outside its quoted passages and links, lower-cased. */
export function ownWords(body: string): string[] {
  return parseBody(body)
    .filter((block) => block.type === 'paragraph')
    .flatMap((block) => words(block.children));
}

/** Counts every word of every post (own words only), for rarity. */
export function countWords(bodies: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const body of bodies) {
    for (const word of ownWords(body)) counts.set(word, (counts.get(word) ?? 0) + 1);
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
): Phrase | undefined {
  const words = ownWords(body);
  if (words.length < 3) return undefined;
  const length = Math.min(words.length, rng.int(3, 5));
  let best: { start: number; score: number } | undefined;
  for (let start = 0; start + length <= words.length; start++) {
    let score = 0;
    for (const word of words.slice(start, start + length)) score += Math.log(counts.get(word) ?? 1);
    if (!best || score < best.score) best = { start, score };
  }
  const chosen = words.slice(best!.start, best!.start + length);
  return {
    text: chosen.join(' '),
    rarest: Math.min(...chosen.map((word) => counts.get(word) ?? 0)),
  };
}
