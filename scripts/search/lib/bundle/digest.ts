/**
 * One index page read the way Pagefind reads its HTML document (`../index-document.ts`): the
 * text of every post in order (author, text runs, comments) as whitespace-separated tokens, each
 * token's position, weight and words, and where each post (sub-result anchor) starts.
 */
import type { IndexPage, IndexPost, IndexText } from '../index-page.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Pagefind's weight scale: a weight of 1 is stored as 24 (and 0.2 as 4). */
export const FULL_WEIGHT = 24;
/** Occurrence codes: `word * WORD + position * 256 + weight`, which sort by word, then position. */
export const WORD = 2 ** 32;
const WHITESPACE = /\s+/;
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
  /** Every word occurrence as a code (see `WORD`), sorted. */
  codes: Float64Array;
  /** Each title word's positions in the title. */
  title: Map<number, number[]>;
  anchors: PageAnchor[];
}

/** Reads pages into digests, reusing one occurrence buffer. */
export class PageReader {
  readonly #vocabulary: Vocabulary;
  #codes = new Float64Array(1 << 16);

  constructor(vocabulary: Vocabulary) {
    this.#vocabulary = vocabulary;
  }

  read(page: IndexPage): PageDigest {
    const tokens: string[] = [];
    const anchors: PageAnchor[] = [];
    let count = 0;
    const add = ({ text, weight }: IndexText) => {
      const stored = Math.floor(weight * FULL_WEIGHT + 1e-9);
      const split = text.split(WHITESPACE);
      for (let i = 0; i < split.length; i++) {
        const token = split[i]!;
        if (token === '') continue;
        const loc = tokens.length * 256 + stored;
        // Pagefind ends each block of text with a full stop, so excerpts read as sentences.
        const last = i >= split.length - 2 && isLast(split, i);
        tokens.push(last && !ENDS_IN_PUNCTUATION.test(token) ? `${token}.` : token);
        const { ids, parts } = this.#vocabulary.tokenIds(token);
        for (let k = 0; k < ids.length; k++) {
          if (count === this.#codes.length) this.#grow();
          // A compound's parts share its weight (Pagefind's rule), but never drop to 0.
          const weight = k === 0 ? stored : Math.max(1, Math.floor(stored / parts));
          this.#codes[count++] = ids[k]! * WORD + loc - stored + weight;
        }
      }
    };
    for (const post of page.posts) {
      anchors.push({
        element: 'article',
        id: post.id,
        location: tokens.length,
        text: '',
        title: post.title,
      });
      for (const run of postTexts(post)) add(run);
    }
    return {
      content: tokens.join(' '),
      wordCount: tokens.length,
      codes: this.#codes.subarray(0, count).sort(),
      title: this.#title(page.title),
      anchors,
    };
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

  #grow(): void {
    const grown = new Float64Array(this.#codes.length * 2);
    grown.set(this.#codes);
    this.#codes = grown;
  }
}

function isLast(split: string[], i: number): boolean {
  return i === split.length - 1 || split[i + 1] === '';
}

function postTexts(post: IndexPost): IndexText[] {
  const texts: IndexText[] = [];
  if (post.author !== null) texts.push({ text: post.author, weight: 1 });
  texts.push(...post.texts, ...post.comments.map((text) => ({ text, weight: 1 })));
  return texts;
}
