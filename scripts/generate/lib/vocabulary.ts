import { createRng, type Rng } from './rng.ts';
import { createWeightedSampler, zipfWeights, type WeightedSampler } from './weighted.ts';

/** A ranked word list and a Zipf-distributed sampler over it (rank 1 is the most frequent). */
export interface Vocabulary {
  readonly words: readonly string[];
  /** A word drawn with Zipf frequency: a few very common words, a long tail of rare ones. */
  word(rng: Rng): string;
}

// Real function words take the top ranks, as in any natural text; the rest is pseudo-words.
const FUNCTION_WORDS = (
  'the of and to a in is it you that he was for on are with as I his they be at one have this ' +
  'from or had by not but what some we can out other were all there when up use your how said ' +
  'an each she which do their if will way about many then them would so these her like him into ' +
  'has more could go see no my than been who its now did get just know think also because does ' +
  'any here why really should me much only well still too very thanks yes'
).split(' ');

const ONSETS =
  'b br c ch cl d dr f fl fr g gl gr h j k kr l m n p pl pr qu r s sh sk sl sp st str t th tr v w wh z'.split(
    ' ',
  );
const NUCLEI = 'a e i o u a e i o u ai ea ee ie oo ou oi y'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'nt', 'st', 'ck', 'ng', 'rk', 'x'];
const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', n: 'ñ', c: 'ç' };

/**
 * Build `size` distinct words deterministically (independent of the dump seed, so every dump
 * shares one language). Later ranks get more syllables, as rarer words are longer in real text;
 * a few rarer ones carry a diacritic (loanwords, names), about one token in a thousand.
 */
export function buildWords(size: number): string[] {
  const rng = createRng('forum-archive vocabulary');
  const seen = new Set<string>(FUNCTION_WORDS);
  const words = [...FUNCTION_WORDS];
  while (words.length < size) {
    const progress = words.length / size;
    const syllables = Math.min(4, 1 + Math.floor(rng.float() * 1.4 + progress * 2));
    let word = syllable(rng, true);
    for (let i = 1; i < syllables; i++) word += syllable(rng, false);
    if (progress > 0.1 && rng.chance(0.005)) word = accentOne(rng, word);
    if (seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return words.slice(0, size);
}

function syllable(rng: Rng, first: boolean): string {
  const onset = first && rng.chance(0.2) ? '' : rng.pick(ONSETS);
  return onset + rng.pick(NUCLEI) + rng.pick(CODAS);
}

function accentOne(rng: Rng, word: string): string {
  const at = rng.int(0, word.length - 1);
  const accented = ACCENTED[word.charAt(at)];
  return accented === undefined ? word : word.slice(0, at) + accented + word.slice(at + 1);
}

/** Wrap a ranked word list with a Zipf–Mandelbrot sampler (exponent 1, as in natural language). */
export function createVocabulary(words: readonly string[]): Vocabulary {
  const sampler: WeightedSampler = createWeightedSampler(zipfWeights(words.length, 1, 2.7));
  return { words, word: (rng) => words[sampler.sample(rng)] as string };
}

let shared: Vocabulary | undefined;

/** The default 50,000-word vocabulary, built on first use and shared by every dump. */
export function defaultVocabulary(): Vocabulary {
  shared ??= createVocabulary(buildWords(50_000));
  return shared;
}
