import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { inlineSource, parseInline } from '../../../src/utils/inline.ts';
import { findLinksInRuns } from '../../../src/utils/link-runs.ts';
import { findLinks } from '../../../src/utils/links.ts';
import { findQuoteMarks } from '../../../src/utils/quotes.ts';

const shown = (text: string) =>
  parseInline(text)
    .map((node) => node.value)
    .join('');

describe('findQuoteMarks', () => {
  test("should pair ``…'' into double quotes", () => {
    expect(shown("say ``hello'' now")).toBe('say “hello” now');
  });

  test("should pair `…' into single quotes", () => {
    expect(shown("a `word' here")).toBe('a ‘word’ here');
  });

  test('should not close a single quote with an apostrophe inside a word', () => {
    expect(shown("`It is Stalin's view")).toBe("`It is Stalin's view");
    expect(shown("`don't' they")).toBe("‘don't’ they");
  });

  test('should leave unpaired marks as written', () => {
    expect(findQuoteMarks("'' rumor ''")).toEqual([]);
    expect(findQuoteMarks('an open `` only')).toEqual([]);
    expect(shown("it's `open")).toBe("it's `open");
  });

  test('should not pair marks across a line break', () => {
    expect(shown("``first\nsecond''")).toBe("``first\nsecond''");
  });

  test('should pair nested single quotes inside double quotes', () => {
    expect(shown("``He said `hi' to me''")).toBe('“He said ‘hi’ to me”');
  });

  test('should keep the stray backtick of the sample dump line and convert its pairs', () => {
    const line = "`It is said in that ``will'' Comrade Lenin ... Stalin's ``rudeness'' it";
    expect(shown(line)).toBe("`It is said in that “will” Comrade Lenin ... Stalin's “rudeness” it");
  });
});

describe('findLinks', () => {
  test('should link http and https URLs', () => {
    const text = 'see http://a.example/x and HTTPS://b.example/y.';
    const at = (url: string) => ({ start: text.indexOf(url), end: text.indexOf(url) + url.length });
    expect(findLinks(text)).toEqual([
      { ...at('http://a.example/x'), href: 'http://a.example/x' },
      { ...at('HTTPS://b.example/y'), href: 'HTTPS://b.example/y' },
    ]);
  });

  test('should not link javascript:, data:, mailto: or scheme-less addresses', () => {
    const text = 'javascript:alert(1) data:text/html,<b>x</b> mailto:a@b.example example.com';
    expect(findLinks(text)).toEqual([]);
  });
});

describe('parseInline', () => {
  test('should make link nodes with the URL as text and href', () => {
    expect(parseInline('go to https://example.com/a?b=1&c=2 now')).toEqual([
      { type: 'text', value: 'go to ' },
      {
        type: 'link',
        value: 'https://example.com/a?b=1&c=2',
        href: 'https://example.com/a?b=1&c=2',
      },
      { type: 'text', value: ' now' },
    ]);
  });

  test('should not turn an apostrophe inside a URL into a quote', () => {
    const nodes = parseInline("`see http://example.org/it's' ok");
    expect(nodes.map((node) => node.type)).toEqual(['quote', 'text', 'link', 'quote', 'text']);
    expect(inlineSource(nodes)).toBe("`see http://example.org/it's' ok");
  });

  test('should keep hostile text as one text node', () => {
    const text = '<img src=x onerror=alert(1)> javascript:alert(1)';
    expect(parseInline(text)).toEqual([{ type: 'text', value: text }]);
  });

  test('should return no nodes for empty text', () => {
    expect(parseInline('')).toEqual([]);
  });
});

describe('findLinksInRuns', () => {
  // Pieces that make links, near-links, brackets and every kind of whitespace linkify knows.
  const pieces = fc.constantFrom(
    ' ',
    '\n',
    '\r\n',
    '\t',
    '\u00a0',
    '\u2028',
    '\ufeff',
    '\ufffc',
    'a',
    'é',
    '日本',
    '😀',
    '.',
    ',',
    ':',
    ';',
    '/',
    '//',
    '?',
    '#',
    '&',
    '=',
    '(',
    ')',
    '[',
    ']',
    '<',
    '>',
    '"',
    "'",
    '`',
    '@',
    '-',
    '_',
    'www.',
    'example.com',
    '.org',
    'http',
    'https',
    'http:',
    'HTTPS://',
    'http://',
    'https://x.example/a?b=1',
    'ftp://x.example',
    'mailto:a@b.example',
    'user@',
  );
  const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

  test('should find the same links as linkify on the whole text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(findLinksInRuns(text)).toEqual(findLinks(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('should find a later URL in the same run once, with the first', () => {
    const text = 'see http://a.example/?u=http://b.example/ and https://c.example';
    expect(findLinksInRuns(text)).toEqual(findLinks(text));
    expect(findLinksInRuns(text).map((link) => link.href)).toEqual([
      'http://a.example/?u=http://b.example/',
      'https://c.example',
    ]);
  });
});

describe('parseInline shortcuts', () => {
  const pieces = fc.constantFrom(' ', '\n', 'a', '.', "'", "''", '`', '``', 'http://x.example');
  const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

  // parseInline skips the quote scan on text without a backtick; this is why that changes nothing.
  test('should find no quote mark in text without a backtick', () => {
    fc.assert(
      fc.property(texts, (text) => {
        fc.pre(!text.includes('`'));
        expect(findQuoteMarks(text)).toEqual([]);
      }),
    );
  });

  test('should give the text back as written whatever it holds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(inlineSource(parseInline(text))).toBe(text);
      }),
    );
  });
});
