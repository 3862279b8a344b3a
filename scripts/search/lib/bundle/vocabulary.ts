import { CliError } from '../../../utils/cli-error.ts';
import { hashOf, PARTS, TokenTable, WORD_COUNT, WORDS } from './token-table.ts';
import { WordNormalizer } from './words.ts';

/** A token's word numbers (whole first) and what its parts' weight is divided by. */
export interface TokenIds {
  ids: readonly number[];
  parts: number;
}

/**
 * Distinct words one shard may hold: a word's number times 2^32 plus a position must stay an
 * exact integer in a double, and fit the codes' radix sort (`occurrence-codes.ts`).
 */
export const MAX_WORDS = 2 ** 21;
/** Distinct tokens remembered before the token table starts over (URLs are mostly unique). */
const TOKEN_LIMIT = 1_000_000;

/**
 * A shard's words, each with a number, and the words of each token seen, remembered: forum text
 * repeats the same tokens, so most are looked up once and normalized never again.
 */
export class Vocabulary {
  readonly words: string[] = [];
  /** Tokens seen: `entry(…)` gives a token's record there, with its word numbers. */
  readonly tokens = new TokenTable();
  /** Each word's number, as a token table record's only "word" (a `Map` cost ~1.5 µs a word). */
  readonly #ids = new TokenTable();
  readonly #normalizer = new WordNormalizer();

  /** The number of `word`, numbering it if new. */
  id(word: string): number {
    const hash = hashOf(word);
    const record = this.#ids.find(word, 0, word.length, hash);
    if (record !== -1) return this.#ids.records[record + WORDS]!;
    const id = this.words.length;
    if (id >= MAX_WORDS) {
      throw new CliError(
        `A search shard holds more than ${MAX_WORDS.toLocaleString('en')} distinct words.`,
        'Build with a smaller --shard-posts (more, smaller shards).',
      );
    }
    this.words.push(word);
    this.#ids.add(word, 0, word.length, hash, [id], 0);
    return id;
  }

  /**
   * The token table record of the token `text.slice(start, end)`, whose `hashStep` hash is
   * `hash`: found, or normalized (`WordNormalizer.words`) and added.
   */
  entry(text: string, start: number, end: number, hash: number): number {
    const found = this.tokens.find(text, start, end, hash);
    if (found !== -1) return found;
    if (this.tokens.size >= TOKEN_LIMIT) this.tokens.clear();
    const { words, parts } = this.#normalizer.words(text.slice(start, end));
    const ids = words.map((word) => this.id(word));
    return this.tokens.add(text, start, end, hash, ids, parts);
  }

  /** The numbers of the index words of `token` (see `WordNormalizer.words`). */
  tokenIds(token: string): TokenIds {
    const record = this.entry(token, 0, token.length, hashOf(token));
    const records = this.tokens.records;
    const first = record + WORDS;
    return {
      ids: Array.from(records.subarray(first, first + records[record + WORD_COUNT]!)),
      parts: records[record + PARTS]!,
    };
  }
}
