/**
 * Words as Pagefind's search (v1.6, English) looks them up: a query term has its punctuation
 * dropped, is lowercased, loses its diacritics (`pagefind.js`) and is stemmed with Snowball's
 * English stemmer (the wasm). The index must hold every word in that same form, so each token of
 * the text is normalized the same way. A compound (`page.find`, `snake_case`, `CamelCase`,
 * `post10x1`, a URL) is also indexed by its parts, at a weight shared between them, as Pagefind
 * does, so a query for one part finds it.
 */
import { stem } from 'porter2';

const NOT_WORD = /[^\p{L}\p{M}\p{N}\p{Pc}]/gu;
const PLAIN = /^[a-z]+$/;
/**
 * One simply cased word or number in ASCII punctuation (`(Word),`, `1984.`): its only index word
 * is the word itself, so the compound rules need not run (most distinct tokens look like this).
 */
const SIMPLE_IN_PUNCTUATION = /^[!-/:-@[-^`{-~]*([A-Z]?[a-z]+|[A-Z]+|[0-9]+)[!-/:-@[-^`{-~]*$/;
/** Capitalized or all-capital words: one word, lowercased (`WKWebView` would be three). */
const SIMPLE_CASED = /^(?:[A-Z]?[a-z]+|[A-Z]+)$/;
const NON_ASCII = /[^\x00-\x7f]/;
/** Where a compound breaks into parts: punctuation, underscores, case changes, letters and digits. */
const PART_BREAK =
  /[^\p{L}\p{M}\p{N}]+|_+|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
/** Pieces between these also count as parts when punctuation inside them was dropped (`php?f=9`). */
const SEGMENT_BREAK = /[.,/:]+/;
const SCHEME = '://';
// Japanese voicing marks stay: without them か and が would be one word (as in pagefind.js).
const MARKS = /(?![\u3099\u309a])\p{M}/gu;
const VOICING = /[\u3099\u309a]/;

/** `word` without diacritics, as `pagefind.js` normalizes a query term. */
export function foldDiacritics(word: string): string {
  const stripped = word.normalize('NFD').replace(MARKS, '');
  return VOICING.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/** A token's index words: the whole token first, then its parts (each weighing 1/parts). */
export interface TokenWords {
  words: string[];
  /** What a part's weight is divided by: the number of parts (1 for a single part). */
  parts: number;
}

const NO_WORDS: TokenWords = { words: [], parts: 0 };

/**
 * Normalizes tokens into index words. Callers remember each token's words (`vocabulary.ts`), so
 * a word is stemmed about once per spelling it appears in; a stem cache cost more than it saved.
 */
export class WordNormalizer {
  /** The index words of `token` (one whitespace-separated piece of text). */
  words(token: string): TokenWords {
    if (PLAIN.test(token)) return { words: [stem(token)], parts: 0 };
    const simple = SIMPLE_IN_PUNCTUATION.exec(token)?.[1];
    if (simple !== undefined) return { words: [stem(simple.toLowerCase())], parts: 0 };
    const lower = token.toLowerCase();
    const whole = this.#normalize(lower.replace(NOT_WORD, ''));
    if (whole === '') return NO_WORDS;
    if (SIMPLE_CASED.test(token)) return { words: [whole], parts: 0 };
    const words = [whole];
    const add = (piece: string) => {
      const word = this.#normalize(piece.toLowerCase().replace(NOT_WORD, ''));
      if ([...word].length >= 2 && !words.includes(word)) words.push(word);
    };
    for (const part of token.split(PART_BREAK)) if (part) add(part);
    for (const segment of token.split(SEGMENT_BREAK)) if (NOT_WORD.test(segment)) add(segment);
    NOT_WORD.lastIndex = 0;
    if (token.includes(SCHEME)) this.#hostSuffixes(token).forEach(add);
    return { words, parts: words.length - 1 };
  }

  /**
   * For `https://www.example.org/wiki`: `example.org/wiki` and `org/wiki`, so a query starting
   * at any label of the host finds the URL.
   */
  #hostSuffixes(token: string): string[] {
    const rest = token.slice(token.indexOf(SCHEME) + SCHEME.length);
    const slash = rest.indexOf('/');
    const labels = (slash === -1 ? rest : rest.slice(0, slash)).split('.');
    const path = slash === -1 ? '' : rest.slice(slash);
    return labels.slice(1).map((_, i) => labels.slice(i + 1).join('.') + path);
  }

  #normalize(word: string): string {
    if (word === '') return word;
    return stem(NON_ASCII.test(word) ? foldDiacritics(word) : word);
  }
}
