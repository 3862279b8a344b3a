import { describe, expect, test } from 'vitest';
import { spaceCjk, unspaceCjk } from '../../../src/utils/cjk.ts';
import { splitExcerpt } from '../../../src/utils/excerpt.ts';

describe('spaceCjk', () => {
  test('should set every Han, kana and CJK punctuation character apart', () => {
    expect(spaceCjk('公两告，书カナ').split(/\s+/).filter(Boolean)).toEqual([
      '公',
      '两',
      '告',
      '，',
      '书',
      'カ',
      'ナ',
    ]);
  });

  test('should split CJK from Latin text it touches and leave other text as it is', () => {
    expect(spaceCjk('abc公def').split(/\s+/)).toEqual(['abc', '公', 'def']);
    expect(spaceCjk('plain text, 한국어 단어')).toBe('plain text, 한국어 단어');
  });

  test('should space a phrase the same way wherever it sits in a run', () => {
    const run = spaceCjk('我们今天去公园散步').split(/\s+/).join(' ');
    expect(run).toContain(spaceCjk('公园散').trim().split(/\s+/).join(' '));
  });
});

describe('unspaceCjk', () => {
  test('should take out the spaces between CJK characters, marks included', () => {
    const excerpt = ' 我  们 <mark>今</mark>  <mark>天</mark> went  去 ';
    expect(unspaceCjk(excerpt)).toBe(' 我们<mark>今</mark><mark>天</mark> went  去 ');
  });

  test('should show an excerpt of spaced CJK text as written', () => {
    // Pagefind's excerpt of the spaced text: words one space apart, each match marked.
    const parts = splitExcerpt('在 <mark>公</mark> <mark>园</mark> 散 步 today');
    expect(parts.map((part) => part.text).join('')).toBe('在公园散步 today');
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['公', '园']);
  });
});
