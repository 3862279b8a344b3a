/**
 * One index page read the way Pagefind reads its HTML document (`../index-document.ts`): the
 * text of every post in order (author, text runs, comments) as whitespace-separated tokens, each
 * token's position, weight and words, and where each post (sub-result anchor) starts.
 */
import type { IndexPage, IndexPost, IndexText } from '../index-page.ts';
import { HASH_SEED, hashStep, PARTS, WORD_COUNT, WORDS } from './token-table.ts';
import { CodeSorter, WORD } from './occurrence-codes.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Pagefind's weight scale: a weight of 1 is stored as 24 (and 0.2 as 4). */
export const FULL_WEIGHT = 24;
const WHITESPACE = /\s+/g;
const ENDS_IN_PUNCTUATION = /\p{P}$/u;

export interface PageAnchor {
  element: 'article';
  id: string;
  location: number;
  text: '';
  title: string;
}

/** A page's text and word occurrences. */
export interface PageDigest {
  /** The tokens joined by single spaces: what excerpts are cut from. */
  content: string;
  wordCount: number;
  /** Every word occurrence as a code (see `occurrence-codes.ts`), sorted. */
  codes: Float64Array;
  /** Each title word's positions in the title. */
  title: Map<number, number[]>;
  anchors: PageAnchor[];
}

/** Reads pages into digests, reusing one occurrence buffer. */
export class PageReader {
  readonly #vocabulary: Vocabulary;
  #codes = new Float64Array(1 << 16);
  readonly #sorter = new CodeSorter();
  #count = 0;
  #position = 0;

  constructor(vocabulary: Vocabulary) {
    this.#vocabulary = vocabulary;
  }

  read(page: IndexPage): PageDigest {
    const content: string[] = [];
    const anchors: PageAnchor[] = [];
    this.#count = 0;
    this.#position = 0;
    for (const post of page.posts) {
      anchors.push({
        element: 'article',
        id: post.id,
        location: this.#position,
        text: '',
        title: post.title,
      });
      for (const run of postTexts(post)) {
        const text = this.#add(run);
        if (text !== '') content.push(text);
      }
    }
    return {
      content: content.join(' '),
      wordCount: this.#position,
      codes: this.#sorter.sort(this.#codes.subarray(0, this.#count)),
      title: this.#title(page.title),
      anchors,
    };
  }

  /**
   * Adds the occurrences of the run's tokens (its whitespace-separated pieces, found by scanning
   * the text once, hashing as it goes); returns the run as the page's content shows it.
   */
  #add({ text, weight }: IndexText): string {
    const stored = Math.floor(weight * FULL_WEIGHT + 1e-9);
    const before = this.#position;
    // Whether the text is its tokens joined by single spaces already, as it mostly is.
    let spaced = true;
    let start = -1;
    let hash = HASH_SEED;
    for (let i = 0; i <= text.length; i++) {
      const code = i === text.length ? 32 : text.charCodeAt(i);
      if (!isSpace(code)) {
        if (start === -1) start = i;
        hash = hashStep(hash, code);
        continue;
      }
      if (start === -1 || code !== 32) spaced = false;
      if (start === -1) continue;
      this.#occur(this.#vocabulary.entry(text, start, i, hash), stored);
      start = -1;
      hash = HASH_SEED;
    }
    if (this.#position === before) return '';
    const content = spaced ? text : text.replace(WHITESPACE, ' ').trim();
    // Pagefind ends each block of text with a full stop, so excerpts read as sentences.
    return ENDS_IN_PUNCTUATION.test(content.slice(-2)) ? content : `${content}.`;
  }

  /** Adds one token's occurrence: each of its words at the next position. */
  #occur(record: number, stored: number): void {
    const records = this.#vocabulary.tokens.records;
    const count = records[record + WORD_COUNT]!;
    const location = this.#position++ * 256;
    if (count === 0) return;
    if (this.#count + count > this.#codes.length) this.#grow(this.#count + count);
    const codes = this.#codes;
    let at = this.#count;
    codes[at++] = records[record + WORDS]! * WORD + location + stored;
    // A compound's parts share its weight (Pagefind's rule), but never drop to 0.
    const partWeight = count > 1 ? Math.max(1, Math.floor(stored / records[record + PARTS]!)) : 0;
    for (let k = 1; k < count; k++)
      codes[at++] = records[record + WORDS + k]! * WORD + location + partWeight;
    this.#count = at;
  }

  #title(title: string): Map<number, number[]> {
    const words = new Map<number, number[]>();
    title
      .split(WHITESPACE)
      .filter((token) => token !== '')
      .forEach((token, position) => {
        for (const id of this.#vocabulary.tokenIds(token).ids) {
          const positions = words.get(id);
          if (positions === undefined) words.set(id, [position]);
          else if (positions[positions.length - 1] !== position) positions.push(position);
        }
      });
    return words;
  }

  #grow(needed: number): void {
    let size = this.#codes.length * 2;
    while (size < needed) size *= 2;
    const grown = new Float64Array(size);
    grown.set(this.#codes);
    this.#codes = grown;
  }
}

/** Whether `code` is a UTF-16 code unit `\s` matches (ECMAScript's white space and line ends). */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function postTexts(post: IndexPost): IndexText[] {
  const texts: IndexText[] = [];
  if (post.author !== null) texts.push({ text: post.author, weight: 1 });
  texts.push(...post.texts, ...post.comments.map((text) => ({ text, weight: 1 })));
  return texts;
}
