import { expect, test } from 'vitest';
import { splitExcerpt } from '../../../src/utils/excerpt.ts';

test('should split an excerpt into marked and unmarked text', () => {
  expect(splitExcerpt('the <mark>Stalin</mark> question')).toEqual([
    { text: 'the ', marked: false },
    { text: 'Stalin', marked: true },
    { text: ' question', marked: false },
  ]);
});

test('should unescape angle brackets into text, never into markup', () => {
  expect(splitExcerpt('<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark> & more')).toEqual([
    { text: '<script>alert(1)</script>', marked: true },
    { text: ' & more', marked: false },
  ]);
});

test('should keep tags other than mark as text', () => {
  expect(splitExcerpt('<img src=x onerror=alert(1)>')).toEqual([
    { text: '<img src=x onerror=alert(1)>', marked: false },
  ]);
});

test('should return no parts for an empty excerpt', () => {
  expect(splitExcerpt('')).toEqual([]);
});
