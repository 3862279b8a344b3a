/**
 * Words as Pagefind's search (v1.6, English) looks them up: a query term has its punctuation
 * dropped, is lowercased, loses its diacritics (`pagefind.js`) and is stemmed with Snowball's
 * English stemmer (the wasm). The index must hold every word in that same form, so a word of the
 * text is normalized the same way. A compound such as `page.find` or `snake_case` is indexed as a
 * whole (`pagefind`, what a query for it becomes) and as each of its parts.
 */
import { stem } from 'porter2';

const NOT_WORD = /[^\p{L}\p{M}\p{N}\p{Pc}]/gu;
const PART_BREAK = /[^\p{L}\p{M}\p{N}]+/u;
const PLAIN = /^[a-z]+$/;
const NON_ASCII = /[^\x00-\x7f]/;
// Japanese voicing marks stay: without them か and が would be one word (as in pagefind.js).
const MARKS = /(?![\u3099\u309a])\p{M}/gu;
const VOICING = /[\u3099\u309a]/;
/** Stems kept per normalizer before the cache starts over (bounds memory on huge vocabularies). */
const CACHE_LIMIT = 500_000;

/** `word` without diacritics, as `pagefind.js` normalizes a query term. */
export function foldDiacritics(word: string): string {
  const stripped = word.normalize('NFD').replace(MARKS, '');
  return VOICING.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/** Normalizes the whitespace-separated tokens of a text into index words, with a stem cache. */
export class WordNormalizer {
  readonly #stems = new Map<string, string>();

  /** The index words of `token`: the whole token first, then its parts; empty for punctuation. */
  words(token: string): string[] {
    if (PLAIN.test(token)) return [this.#stem(token)];
    const lower = token.toLowerCase();
    if (PLAIN.test(lower)) return [this.#stem(lower)];
    const whole = this.#normalize(lower.replace(NOT_WORD, ''));
    if (whole === '') return [];
    const words = [whole];
    for (const part of lower.split(PART_BREAK)) {
      if ([...part].length < 2) continue;
      const word = this.#normalize(part);
      if (!words.includes(word)) words.push(word);
    }
    return words;
  }

  #normalize(word: string): string {
    if (word === '') return word;
    return this.#stem(NON_ASCII.test(word) ? foldDiacritics(word) : word);
  }

  #stem(word: string): string {
    let stemmed = this.#stems.get(word);
    if (stemmed === undefined) {
      if (this.#stems.size >= CACHE_LIMIT) this.#stems.clear();
      stemmed = stem(word);
      this.#stems.set(word, stemmed);
    }
    return stemmed;
  }
}
