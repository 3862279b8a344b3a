import { describe, expect, test } from 'vitest';
import {
  countWords,
  ownTexts,
  ownWords,
  phraseCount,
  pickPhrase,
} from '../../../scripts/bench/lib/phrases.ts';
import { fileKind, noBytes, totalBytes } from '../../../scripts/bench/lib/file-kinds.ts';
import { describeProbes, speedProbe } from '../../../scripts/bench/lib/speed-probe.ts';
import { quantile } from '../../../scripts/bench/lib/stats.ts';
import { createRng } from '../../../scripts/generate/index.ts';

describe('benchmark phrases', () => {
  const body = 'Ann wrote:\nzebra quokka marmot\n\nthe cat sat on the rare umbral axolotl mat';

  test("should take a post's own words and never the words it quotes", () => {
    expect(ownWords(body)).toEqual([
      'the',
      'cat',
      'sat',
      'on',
      'the',
      'rare',
      'umbral',
      'axolotl',
      'mat',
    ]);
  });

  test('should pick the run of 3 to 5 own words that is rarest in the archive', () => {
    const counts = countWords(ownTexts([body, 'the cat sat on the mat', 'the cat sat on the mat']));
    for (let seed = 0; seed < 20; seed++) {
      const { text: phrase, rarest } = pickPhrase(body, counts, createRng('phrases', seed))!;
      expect(rarest).toBe(1);
      const words = phrase.split(' ');
      expect(words.length).toBeGreaterThanOrEqual(3);
      expect(words.length).toBeLessThanOrEqual(5);
      expect(phrase).toContain('umbral axolotl');
      expect(phrase).not.toMatch(/zebra|quokka|marmot/);
    }
  });

  test('should leave the text of links out of the words', () => {
    expect(ownWords('see http://x.org/t/79556?p=3720284 for more')).toEqual(['see', 'for', 'more']);
  });

  test('should count each CJK character as a word, as the index does, in both styles', () => {
    const cjk = '公两告，书音… Had kouhend, slantchock!';
    expect(ownWords(cjk)).toEqual(['公', '两', '告', '书', '音', 'had', 'kouhend', 'slantchock']);
    expect(ownWords(cjk, 'written')).toEqual([
      '公',
      '两',
      '告',
      '书',
      '音',
      'Had',
      'kouhend,',
      'slantchock!',
    ]);
    const counts = countWords(ownTexts([cjk, 'had 公 kouhend'], 'written'));
    expect(counts.get('公')).toBe(2);
    expect(counts.get('had')).toBe(2);
  });

  test('should find no phrase in a post of fewer than 3 own words', () => {
    expect(
      pickPhrase('Ann wrote:\na long quoted passage here\n\nyes indeed', new Map(), createRng(1)),
    ).toBeUndefined();
  });
});

describe('quantile', () => {
  test('should give the nearest-rank median and p95', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 0.95)).toBe(95);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('file kinds', () => {
  test('should tell the files of a Pagefind bundle apart by name', () => {
    const kinds = [
      '/site/pagefind/pagefind.js',
      '/site/pagefind/pagefind-worker.js',
      '/site/pagefind-1/pagefind-entry.json',
      '/site/pagefind/wasm.en.pagefind',
      '/site/pagefind/pagefind.en_8fbc729ed5.pf_meta',
      '/site/pagefind/filter/en_7c249e9.pf_filter',
      '/site/pagefind/index/en_1a2b.pf_index',
      '/site/pagefind/fragment/en_3c4d.pf_fragment',
      '/site/pagefind/pagefind-ui.css',
    ].map(fileKind);
    expect(kinds).toEqual([
      'pagefind.js',
      'worker',
      'entry',
      'wasm',
      'meta',
      'filter',
      'index',
      'fragment',
      'other',
    ]);
    // The bundle writer's numbered files are read by their extension too.
    expect(fileKind('/site/pagefind/fragment/h1qzx/0/2s.pf_fragment')).toBe('fragment');
    // Their packs (what a range request reads) by their folder.
    expect(fileKind('/site/pagefind/fragment/h1qzx/2s.pf_pack')).toBe('fragment');
    expect(fileKind('/site/pagefind-1/index/h1qzx/2s.pf_pack')).toBe('index');
    expect(fileKind('/site/index/pagefind/fragment/h1qzx/2s.pf_pack')).toBe('fragment');
  });

  test('should add up the bytes of every kind', () => {
    const bytes = noBytes();
    expect(totalBytes(bytes)).toBe(0);
    bytes.wasm = 60_000;
    bytes.fragment = 1_500;
    expect(totalBytes(bytes)).toBe(61_500);
  });
});

describe('phraseCount', () => {
  const texts = ownTexts([
    'See post 116 above.',
    'As post 116 above says.\n\nBob wrote:\nthe gist of post 117 above',
    'Post 117, above all.',
  ]);

  test('should count the posts saying a phrase word for word, in their own words only', () => {
    expect(phraseCount(texts, 'post 116 above')).toBe(2);
    expect(phraseCount(texts, 'post 117 above')).toBe(1);
  });

  test('should match whole words only, and stop counting at the limit', () => {
    expect(phraseCount(texts, 'post 11')).toBe(0);
    expect(phraseCount(texts, 'post', 2)).toBe(2);
  });
});

describe('the benchmarks’ machine speed probe', () => {
  test('should time real work: CPU seconds, not a count of nothing', () => {
    expect(speedProbe()).toBeGreaterThan(0.01);
  });

  test('should report both probes and which way is slower', () => {
    expect(describeProbes(0.304, 0.61)).toBe(
      'machine speed probe: 0.30 s before the run, 0.61 s after (the same CPU work each time: higher is a slower machine)',
    );
  });
});
