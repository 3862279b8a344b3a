import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { inlineSource, parseInline } from '../../../src/utils/inline.ts';
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

describe('parseInline shortcuts', () => {
  // parseInline skips linkify on text without `http(s)://` and the quote scan on text without a
  // backtick; these properties are why that changes nothing.
  const pieces = fc.constantFrom(
    ' ',
    '\n',
    'a',
    'é',
    '.',
    ',',
    ':',
    '/',
    '//',
    '(',
    ')',
    "'",
    "''",
    '`',
    '``',
    '@',
    'www.',
    'example.com',
    'http',
    'https',
    'http:',
    'ftp://x.example',
    'mailto:a@b.example',
    'HTTP://x.example',
  );
  const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

  test('should find no link in text without an http(s):// scheme', () => {
    fc.assert(
      fc.property(texts, (text) => {
        fc.pre(!/https?:\/\//i.test(text));
        expect(findLinks(text)).toEqual([]);
      }),
    );
  });

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
