import { decode } from 'cbor2';
import { describe, expect, test } from 'vitest';
import { CliError } from '../../../scripts/utils/cli-error.ts';
import { CborWriter } from '../../../scripts/search/lib/bundle/cbor-writer.ts';
import { roughWordCount } from '../../../scripts/search/lib/bundle/finish-bundle.ts';
import { compareCodePoints, cutChunks } from '../../../scripts/search/lib/bundle/chunks.ts';
import { MAX_WORDS, Vocabulary } from '../../../scripts/search/lib/bundle/vocabulary.ts';
import { WORD } from '../../../scripts/search/lib/bundle/occurrence-codes.ts';
import { Postings } from '../../../scripts/search/lib/bundle/postings.ts';
import { foldDiacritics, WordNormalizer } from '../../../scripts/search/lib/bundle/words.ts';

describe('WordNormalizer', () => {
  const words = (token: string) => new WordNormalizer().words(token);

  test('should stem English words as Snowball does', () => {
    expect(words('Running').words).toEqual(['run']);
    expect(words('happiness').words).toEqual(['happi']);
  });

  test('should drop punctuation and diacritics from the whole token', () => {
    expect(words('Café!').words).toEqual(['cafe']);
    expect(words('“quoted”').words).toEqual(['quot']);
  });

  test('should take a simply cased word or number in ASCII punctuation as that word alone', () => {
    expect(words('(Running),')).toEqual({ words: ['run'], parts: 0 });
    expect(words('"HTML".')).toEqual({ words: ['html'], parts: 0 });
    expect(words('[1984]')).toEqual({ words: ['1984'], parts: 0 });
    expect(words('_snake')).toEqual({ words: ['_snake', 'snake'], parts: 1 });
  });

  test('should give no words for punctuation alone', () => {
    expect(words('—')).toEqual({ words: [], parts: 0 });
  });

  test('should index a compound whole and by its parts, which share its weight', () => {
    expect(words('page.find()')).toEqual({ words: ['pagefind', 'page', 'find'], parts: 2 });
    expect(words('CamelCase')).toEqual({ words: ['camelcas', 'camel', 'case'], parts: 2 });
    expect(words('snake_case')).toEqual({ words: ['snake_cas', 'snake', 'case'], parts: 2 });
    expect(words('WKWebView').words).toEqual(['wkwebview', 'wk', 'web', 'view']);
  });

  test('should give a lone part of two letters or more the full weight', () => {
    expect(words('e-mail')).toEqual({ words: ['email', 'mail'], parts: 1 });
    expect(words('3.14159')).toEqual({ words: ['314159', '14159'], parts: 1 });
  });

  test('should index a URL by each label of its host onwards', () => {
    const url = words('https://www.example.org/wiki');
    expect(url.words[0]).toBe('httpswwwexampleorgwiki');
    expect(url.words).toContain('exampleorgwiki');
    expect(url.words).toContain('orgwiki');
    expect(url.words).toContain('exampl');
  });
});

describe('foldDiacritics', () => {
  test('should strip accents but keep Japanese voicing marks', () => {
    expect(foldDiacritics('crème brûlée')).toBe('creme brulee');
    expect(foldDiacritics('が')).toBe('が');
  });
});

describe('chunks', () => {
  test('should order by code point, as UTF-8 bytes do, not by UTF-16 unit', () => {
    // U+FF41 (fullwidth a) is one UTF-16 unit, 😀 (U+1F600) a surrogate pair: bytes put ａ first.
    expect(['😀', 'ａ'].sort(compareCodePoints)).toEqual(['ａ', '😀']);
    expect(['😀', 'ａ'].sort()).toEqual(['😀', 'ａ']);
  });

  test('should cut chunks by weight and name them by the shortest telling prefixes', () => {
    const sorted = ['apple', 'apricot', 'banana', 'bandana', 'cherry'];
    const chunks = cutChunks(sorted, () => 2, 4);
    expect(chunks.map(({ start, end }) => [start, end])).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
    // A `to` is cut only where it stays at or after its chunk's `from`.
    expect(chunks.map(({ from, to }) => [from, to])).toEqual([
      ['apple', 'apricot'],
      ['b', 'b'],
      ['c', 'cherry'],
    ]);
  });
});

describe('CborWriter', () => {
  test('should write integers, negatives, text and arrays as a CBOR decoder reads them', () => {
    const values = [0, 23, 24, 255, 256, 65_535, 65_536, 4_294_967_295, -1, -25, -300];
    const out = new CborWriter(4);
    out.array(values.length + 3);
    for (const value of values) out.int(value);
    out.text('ä公😀');
    out.text('x'.repeat(30));
    out.array(0);
    expect(decode(out.view())).toEqual([...values, 'ä公😀', 'x'.repeat(30), []]);
  });
});

describe('Vocabulary', () => {
  test('should refuse more distinct words than occurrence codes can number, with a hint', () => {
    const vocabulary = new Vocabulary();
    for (let i = 0; i < MAX_WORDS; i++) vocabulary.id(`w${i}`);
    let error: unknown;
    try {
      vocabulary.id('one-too-many');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/more than 2,097,152 distinct words/);
    expect((error as CliError).hint).toMatch(/--shard-posts/);
    expect(vocabulary.id('w0')).toBe(0);
    // Two million words: ~2 s alone, more on a busy machine (it timed out at 5 s beside two builds).
  }, 30_000);
});

describe('roughWordCount', () => {
  test('should keep counts up to 31 exactly', () => {
    for (let count = 0; count < 32; count++) expect(roughWordCount(count)).toBe(count);
  });

  test('should round larger counts to 5 significant bits, within 3.2 %', () => {
    expect(roughWordCount(137)).toBe(136);
    expect(roughWordCount(1_000_003)).toBe(1_015_808);
    for (let count = 32; count < 100_000; count += 7) {
      const rough = roughWordCount(count);
      expect(Math.abs(rough - count) / count).toBeLessThanOrEqual(1 / 32);
      expect(rough.toString(2).replace(/0+$/, '').length).toBeLessThanOrEqual(5);
    }
  });
});

describe('Postings', () => {
  // An occurrence code: word, position and weight (see `digest.ts`), sorted as `addPage` wants.
  const codes = (...occurrences: [number, number][]) =>
    Float64Array.from(occurrences, ([word, position]) => word * WORD + position * 256 + 24);
  const entriesOf = (postings: Postings, word: number, previousPage = 0) => {
    const out = new CborWriter();
    out.array(postings.pages[word]!);
    postings.writeEntries(word, out, previousPage);
    return decode(out.view());
  };

  test("should write each word's entries in page order, however the pages interleave words", () => {
    const postings = new Postings();
    postings.addPage(1, codes([0, 0], [1, 1], [1, 4]), new Map());
    postings.addPage(2, codes([1, 0]), new Map([[2, [0]]]));
    postings.addPage(5, codes([0, 3], [2, 1]), new Map());
    expect(entriesOf(postings, 0)).toEqual([
      [1, [-25, 0], []],
      [4, [-25, 3], []],
    ]);
    expect(entriesOf(postings, 1)).toEqual([
      [1, [-25, 1, 3], []],
      [1, [-25, 0], []],
    ]);
    expect(entriesOf(postings, 2)).toEqual([
      [2, [], [-1, 0]],
      [3, [-25, 1], []],
    ]);
    expect(postings.lastPage(2)).toBe(5);
  });

  test('should count the first page from the last page of the parts before this one', () => {
    const postings = new Postings();
    postings.addPage(7, codes([0, 2]), new Map());
    postings.addPage(9, codes([0, 1]), new Map());
    expect(entriesOf(postings, 0, 4)).toEqual([
      [3, [-25, 2], []],
      [2, [-25, 1], []],
    ]);
  });

  test('should refuse a page added after its entries were written', () => {
    const postings = new Postings();
    postings.addPage(0, codes([0, 0]), new Map());
    entriesOf(postings, 0);
    expect(() => postings.addPage(1, codes([0, 0]), new Map())).toThrow(/after writing/);
  });
});
