import { describe, expect, test } from 'vitest';
import { isSpace } from '../../../scripts/search/lib/bundle/digest.ts';
import {
  hashOf,
  PARTS,
  TokenTable,
  WORD_COUNT,
  WORDS,
} from '../../../scripts/search/lib/bundle/token-table.ts';

function wordsOf(table: TokenTable, record: number): number[] {
  const count = table.records[record + WORD_COUNT]!;
  return Array.from(table.records.subarray(record + WORDS, record + WORDS + count));
}

describe('TokenTable', () => {
  test('should find a token by its slice of any text that holds it', () => {
    const table = new TokenTable();
    const record = table.add('say hello there', 4, 9, hashOf('hello'), [7, 8], 1);
    expect(table.find('hello', 0, 5, hashOf('hello'))).toBe(record);
    expect(table.find('«hello»', 1, 6, hashOf('hello'))).toBe(record);
    expect(wordsOf(table, record)).toEqual([7, 8]);
    expect(table.records[record + PARTS]).toBe(1);
  });

  test('should tell apart tokens whose hashes are equal', () => {
    const table = new TokenTable();
    const one = table.add('abc', 0, 3, 42, [1], 0);
    const two = table.add('abd', 0, 3, 42, [2], 0);
    expect(table.find('abc', 0, 3, 42)).toBe(one);
    expect(table.find('abd', 0, 3, 42)).toBe(two);
    expect(table.find('abe', 0, 3, 42)).toBe(-1);
    expect(table.find('ab', 0, 2, 42)).toBe(-1);
  });

  test('should keep every token and its words as it grows', () => {
    const table = new TokenTable();
    const tokens = Array.from({ length: 100_000 }, (_, i) => `t${i.toString(36)}`);
    const records = tokens.map((token, i) =>
      table.add(token, 0, token.length, hashOf(token), [i, i + 1], 2),
    );
    expect(table.size).toBe(tokens.length);
    tokens.forEach((token, i) => {
      const record = table.find(token, 0, token.length, hashOf(token));
      expect(record).toBe(records[i]);
      expect(wordsOf(table, record)).toEqual([i, i + 1]);
    });
  });

  test('should keep a token longer than the room it starts with, and the tokens before it', () => {
    const table = new TokenTable();
    const word = table.add('word', 0, 4, hashOf('word'), [1], 0);
    const long = `${'x'.repeat(3_000_000)}y`;
    const record = table.add(long, 0, long.length, hashOf(long), [2], 0);
    expect(table.find(long, 0, long.length, hashOf(long))).toBe(record);
    const almost = `${'x'.repeat(3_000_000)}z`;
    expect(table.find(almost, 0, almost.length, hashOf(long))).toBe(-1);
    expect(table.find('word', 0, 4, hashOf('word'))).toBe(word);
    expect(wordsOf(table, record)).toEqual([2]);
  });

  test('should forget every token when cleared', () => {
    const table = new TokenTable();
    table.add('word', 0, 4, hashOf('word'), [3], 0);
    expect(table.find('word', 0, 4, hashOf('word'))).not.toBe(-1);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.find('word', 0, 4, hashOf('word'))).toBe(-1);
  });
});

describe('isSpace', () => {
  test('should hold for exactly the code units \\s matches', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    }
    expect(differ).toEqual([]);
  });
});
