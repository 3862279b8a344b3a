import type { Rng } from './rng.ts';
import { EMOJI, FOREIGN_WORDS } from './unicode.ts';
import { generateUrl } from './urls.ts';
import type { Vocabulary } from './vocabulary.ts';
import { createWeightedSampler } from './weighted.ts';

// Sentence lengths in words, 2–40, peaking around 9–13 like forum prose.
const LENGTHS = createWeightedSampler(
  Array.from({ length: 39 }, (_, i) => {
    const words = i + 2;
    return words <= 11 ? words : 11 * Math.pow(0.86, words - 11);
  }),
);
const ENDINGS = [
  '.',
  '.',
  '.',
  '.',
  '.',
  '.',
  '.',
  '.',
  '.',
  '.',
  '.',
  '.',
  '?',
  '?',
  '!',
  '...',
  '!!',
  '?!',
  '?',
];

/**
 * One sentence of Zipf-distributed words with the noise forum prose has: numbers, capitalised
 * names, commas, and now and then a URL, a LaTeX-style quote (``…'' or `…'), a foreign word or an
 * emoji.
 */
export function generateSentence(rng: Rng, vocabulary: Vocabulary): string {
  const count = LENGTHS.sample(rng) + 2;
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(token(rng, vocabulary));
  if (rng.chance(0.02)) wrap(rng, words, '``', "''");
  else if (rng.chance(0.01)) wrap(rng, words, '`', "'");
  else if (rng.chance(0.02)) wrap(rng, words, '(', ')');
  const first = words[0] as string;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  let text = words.join(' ');
  if (rng.chance(0.025)) {
    const url = generateUrl(rng, vocabulary);
    text += rng.pick([`, see ${url}`, ` (${url})`, `: ${url}`, ` at ${url}`]);
  }
  text += rng.pick(ENDINGS);
  if (rng.chance(0.025)) text += ` ${rng.pick(EMOJI)}`;
  return text;
}

function token(rng: Rng, vocabulary: Vocabulary): string {
  const roll = rng.float();
  let word: string;
  if (roll < 0.012) word = String(rng.chance(0.5) ? rng.int(0, 100) : rng.int(1900, 2024));
  else if (roll < 0.015) word = `${rng.int(0, 99)}.${rng.int(0, 9)}%`;
  else if (roll < 0.035) word = capitalised(vocabulary.word(rng));
  else if (roll < 0.036) word = rng.pick(FOREIGN_WORDS);
  else word = vocabulary.word(rng);
  return rng.chance(0.07) ? `${word},` : word;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// Wrap a run of 1–5 words in an opening and closing mark, as a quotation or an aside.
function wrap(rng: Rng, words: string[], open: string, close: string): void {
  const length = Math.min(words.length, rng.int(1, 5));
  const start = rng.int(0, words.length - length);
  const end = start + length - 1;
  words[start] = open + (words[start] as string);
  words[end] = (words[end] as string).replace(/,$/, '') + close;
}
