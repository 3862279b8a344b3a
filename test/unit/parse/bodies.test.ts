import { describe, expect, it } from 'vitest';
import { fileWith, threadOf } from './helpers.ts';

const header = 'Post 11 Apr 2015, 14:58';
const next = 'Post 12 Apr 2015, 09:00';

/** The body of the first post when `lines` follow its header. */
function bodyOf(...lines: string[]): string | undefined {
  return threadOf(fileWith(header, ...lines)).posts[0]?.body;
}

describe('post bodies', () => {
  it('should keep indentation, inner blank lines and tabs', () => {
    expect(bodyOf('  indented', '', '', '\tTabbed\tinner', '    code()')).toBe(
      '  indented\n\n\n\tTabbed\tinner\n    code()',
    );
  });

  it('should drop trailing spaces and tabs of each line', () => {
    expect(bodyOf('a  ', 'b\t', ' c \t ')).toBe('a\nb\n c');
  });

  it('should drop leading and trailing blank lines, including whitespace-only ones', () => {
    expect(bodyOf('', '  ', '\t', 'text', ' ', '', 'more', '   ', '')).toBe('text\n\n\nmore');
  });

  it('should turn whitespace-only inner lines into empty lines', () => {
    expect(bodyOf('a', ' \t ', 'b')).toBe('a\n\nb');
  });

  it.each([
    ['zero-width space', '\u200B'],
    ['zero-width joiner', 'a\u200Db'],
    ['right-to-left override', '\u202Eevil'],
    ['left-to-right mark', '\u200E'],
    ['variation selector', '\u2764\uFE0F'],
    ['NUL', 'a\u0000b'],
    ['no-break space at the end', 'a\u00A0'],
    ['ideographic space at the start', '\u3000a'],
    ['astral emoji', '\u{1F600}'],
    ['noncharacter U+FFFF', '\uFFFF'],
    ['replacement character', '\uFFFD'],
  ])('should keep a %s', (_, text) => {
    expect(bodyOf(text)).toBe(text);
  });

  it('should not normalise Unicode', () => {
    expect(bodyOf('e\u0301 \u00E9 \uFB01 \u2126')).toBe('e\u0301 \u00E9 \uFB01 \u2126');
  });

  it('should not interpret markup or entities', () => {
    const text = '<b>bold</b> &amp; **md** [b]bb[/b] {{ x }} ---';
    expect(bodyOf(text)).toBe(text);
  });

  it('should accept empty posts: header after header, header at the end, blank lines only', () => {
    expect(threadOf(fileWith(header, next)).posts.map((post) => post.body)).toEqual(['', '']);
    expect(threadOf(`F\nT\n${header}`).posts[0]?.body).toBe('');
    expect(threadOf(fileWith(header, '', ' \t', '', next, 'x')).posts.map((p) => p.body)).toEqual([
      '',
      'x',
    ]);
  });

  it('should give each post the lines up to the next header', () => {
    const thread = threadOf(fileWith(header, 'one', '', next, 'two', 'three', ''));
    expect(thread.posts).toEqual([
      { line: 3, date: '2015-04-11T14:58', body: 'one' },
      { line: 6, date: '2015-04-12T09:00', body: 'two\nthree' },
    ]);
  });

  it('should keep a lone CR inside a line and at the end of a line before CR LF', () => {
    expect(bodyOf('a\rb', 'c\r\r')).toBe('a\rb\nc\r');
  });

  it('should drop spaces and tabs only at the end of a line, not before a lone CR', () => {
    expect(bodyOf('a \rb', 'c\r ')).toBe('a \rb\nc\r');
  });
});
