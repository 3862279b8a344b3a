import { CliError } from '../../../utils/cli-error.ts';
import { WordNormalizer } from './words.ts';

/** A token's word numbers (whole first) and what its parts' weight is divided by. */
export interface TokenIds {
  ids: readonly number[];
  parts: number;
}

/**
 * Distinct words one shard may hold: a word's number times 2^32 plus a position must stay an
 * exact integer in a double (see `WORD` in `digest.ts`).
 */
export const MAX_WORDS = 2 ** 21;
/** Distinct tokens remembered before the token cache starts over (URLs are mostly unique). */
const TOKEN_CACHE_LIMIT = 1_000_000;
const NONE: TokenIds = { ids: [], parts: 0 };
/** Slots of the small cache in front of the token map (a power of two). */
const RECENT_SLOTS = 1 << 13;

/**
 * A shard's words, each with a number, and the words of each token seen, remembered: forum text
 * repeats the same tokens, so most are looked up once and normalized never again.
 */
export class Vocabulary {
  readonly words: string[] = [];
  readonly #ids = new Map<string, number>();
  readonly #tokens = new Map<string, TokenIds>();
  readonly #normalizer = new WordNormalizer();
  // A direct-mapped cache of recent tokens: the common words of a forum hit it and skip the big
  // map, whose lookups miss the CPU caches (measured ~300 ns each with 300k tokens).
  readonly #recentTokens: (string | undefined)[] = new Array(RECENT_SLOTS);
  readonly #recentIds: TokenIds[] = new Array(RECENT_SLOTS);

  /** The number of `word`, numbering it if new. */
  id(word: string): number {
    let id = this.#ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      if (id >= MAX_WORDS) {
        throw new CliError(
          `A search shard holds more than ${MAX_WORDS.toLocaleString('en')} distinct words.`,
          'Build with a smaller --shard-posts (more, smaller shards).',
        );
      }
      this.words.push(word);
      this.#ids.set(word, id);
    }
    return id;
  }

  /** The numbers of the index words of `token` (see `WordNormalizer.words`). */
  tokenIds(token: string): TokenIds {
    const n = token.length;
    const slot =
      (n * 7919 +
        token.charCodeAt(0) * 31 +
        token.charCodeAt(n - 1) * 131 +
        token.charCodeAt(n >> 1)) &
      (RECENT_SLOTS - 1);
    if (this.#recentTokens[slot] === token) return this.#recentIds[slot]!;
    const ids = this.#lookup(token);
    this.#recentTokens[slot] = token;
    this.#recentIds[slot] = ids;
    return ids;
  }

  #lookup(token: string): TokenIds {
    let ids = this.#tokens.get(token);
    if (ids === undefined) {
      const { words, parts } = this.#normalizer.words(token);
      ids = words.length === 0 ? NONE : { ids: words.map((word) => this.id(word)), parts };
      if (this.#tokens.size >= TOKEN_CACHE_LIMIT) this.#tokens.clear();
      this.#tokens.set(token, ids);
    }
    return ids;
  }
}
