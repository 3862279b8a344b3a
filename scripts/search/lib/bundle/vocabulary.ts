import { WordNormalizer } from './words.ts';

/** Distinct tokens remembered before the token cache starts over (URLs are mostly unique). */
const TOKEN_CACHE_LIMIT = 1_000_000;
const NONE: readonly number[] = [];

/**
 * A shard's words, each with a number, and the words of each token seen, remembered: forum text
 * repeats the same tokens, so most are looked up once and normalized never again.
 */
export class Vocabulary {
  readonly words: string[] = [];
  readonly #ids = new Map<string, number>();
  readonly #tokens = new Map<string, readonly number[]>();
  readonly #normalizer = new WordNormalizer();

  /** The number of `word`, numbering it if new. */
  id(word: string): number {
    let id = this.#ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.#ids.set(word, id);
    }
    return id;
  }

  /** The numbers of the index words of `token` (see `WordNormalizer.words`). */
  tokenIds(token: string): readonly number[] {
    let ids = this.#tokens.get(token);
    if (ids === undefined) {
      const words = this.#normalizer.words(token);
      ids = words.length === 0 ? NONE : words.map((word) => this.id(word));
      if (this.#tokens.size >= TOKEN_CACHE_LIMIT) this.#tokens.clear();
      this.#tokens.set(token, ids);
    }
    return ids;
  }
}
