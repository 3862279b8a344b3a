import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../../scripts/parse/index.ts';
import { bytesOf, issueOf, threadOf } from './helpers.ts';

const head = 'F\nT\nPost 11 Apr 2015, 14:58\n'; // lines 1–3

describe('invalid UTF-8', () => {
  it.each([
    ['a Latin-1 é', [0xe9]],
    ['an overlong 2-byte "/" (C0 AF)', [0xc0, 0xaf]],
    ['an overlong 2-byte sequence with C1', [0xc1, 0xbf]],
    ['an overlong 3-byte "/" (E0 80 AF)', [0xe0, 0x80, 0xaf]],
    ['an overlong 4-byte "/" (F0 80 80 AF)', [0xf0, 0x80, 0x80, 0xaf]],
    ['the high surrogate U+D800 (ED A0 80)', [0xed, 0xa0, 0x80]],
    ['the low surrogate U+DFFF (ED BF BF)', [0xed, 0xbf, 0xbf]],
    ['a code point past U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80]],
    ['an F5 lead byte', [0xf5, 0x80, 0x80, 0x80]],
    ['an FE byte', [0xfe]],
    ['an FF byte', [0xff]],
    ['a stray continuation byte 80', [0x80]],
    ['a stray continuation byte BF', [0xbf]],
    ['a 2-byte sequence cut short by ASCII', [0xc3, 0x41]],
    ['a 3-byte sequence cut short by ASCII', [0xe2, 0x82, 0x41]],
    ['a 4-byte sequence cut short by ASCII', [0xf0, 0x9f, 0x98, 0x41]],
  ])('should reject %s and name its line', (_, bad) => {
    const issue = issueOf(bytesOf(head, 'ok\n', 'x', bad, 'y\n', 'more\n'));
    expect(issue).toEqual({ reason: 'invalid-utf8', line: 5, message: expect.any(String) });
    expect(issue.message).toContain('UTF-8');
  });

  it.each([
    ['a 2-byte sequence', [0xc3]],
    ['a 3-byte sequence', [0xe2, 0x82]],
    ['a 4-byte sequence', [0xf0, 0x9f, 0x98]],
  ])('should reject %s truncated at the end of the file', (_, bad) => {
    expect(issueOf(bytesOf(head, 'body\n', 'end', bad))).toMatchObject({
      reason: 'invalid-utf8',
      line: 5,
    });
  });

  it('should name the line of the sequence when a LF cuts it short', () => {
    expect(issueOf(bytesOf(head, 'body', [0xe2, 0x82], '\nnext\n'))).toMatchObject({
      reason: 'invalid-utf8',
      line: 4,
    });
  });

  it('should count CRLF lines and not count a BOM as a line', () => {
    const bytes = bytesOf('\uFEFFF\r\nT\r\nPost 11 Apr 2015, 14:58\r\n\r\n', [0xff], '\r\n');
    expect(issueOf(bytes)).toMatchObject({ reason: 'invalid-utf8', line: 5 });
  });

  it('should reject a cut-short BOM on line 1', () => {
    expect(issueOf(bytesOf([0xef, 0xbb], 'F\nT\n'))).toMatchObject({
      reason: 'invalid-utf8',
      line: 1,
    });
  });

  it('should reject invalid UTF-8 on line 1 even when the rest of line 1 is blank', () => {
    expect(issueOf(bytesOf(' ', [0xff], ' \n\n'))).toMatchObject({
      reason: 'invalid-utf8',
      line: 1,
    });
  });

  it('should prefer invalid UTF-8 over a missing title or no posts, which need the whole file', () => {
    expect(issueOf(bytesOf('F\n', [0xff]))).toMatchObject({ reason: 'invalid-utf8', line: 2 });
    expect(issueOf(bytesOf('F\nT\n\n', [0x80], '\n'))).toMatchObject({
      reason: 'invalid-utf8',
      line: 4,
    });
  });

  it('should report the invalid byte, not text before the first post, on the same line', () => {
    expect(issueOf(bytesOf('F\nT\nintro ', [0xff], '\n'))).toMatchObject({
      reason: 'invalid-utf8',
      line: 3,
    });
  });

  it.each([
    ['an empty forum name', bytesOf(' \nT\n', [0xff]), 'empty-forum-name', 1],
    ['an empty title', bytesOf('F\n\t\nx', [0xff]), 'empty-title', 2],
    ['text before the first post', bytesOf('F\nT\nhi\n\n', [0xff]), 'text-before-first-post', 3],
    ['an impossible date', bytesOf(head, 'Post 29 Feb 2023, 10:00\n', [0xff]), 'invalid-date', 4],
  ])('should report %s on an earlier line first', (_, bytes, reason, line) => {
    expect(issueOf(bytes)).toMatchObject({ reason, line });
  });

  it.each([
    ['U+10FFFF', [0xf4, 0x8f, 0xbf, 0xbf], '\u{10FFFF}'],
    ['U+D7FF', [0xed, 0x9f, 0xbf], '\uD7FF'],
    ['U+E000', [0xee, 0x80, 0x80], '\uE000'],
    ['U+FFFF', [0xef, 0xbf, 0xbf], '\uFFFF'],
    ['U+0080', [0xc2, 0x80], '\u0080'],
    ['U+0800', [0xe0, 0xa0, 0x80], '\u0800'],
    ['U+10000', [0xf0, 0x90, 0x80, 0x80], '\u{10000}'],
  ])('should accept the boundary code point %s', (_, encoded, text) => {
    expect(threadOf(bytesOf(head, encoded, '\n')).posts[0]?.body).toBe(text);
  });
});

describe('firstInvalidUtf8', () => {
  it('should return -1 for well-formed UTF-8', () => {
    expect(firstInvalidUtf8(bytesOf('a\u00E9\u20AC\u{1F600}\uFEFF'))).toBe(-1);
  });

  it('should return the offset where the first ill-formed sequence starts', () => {
    expect(firstInvalidUtf8(bytesOf('ab\u00E9', [0xe2, 0x82], 'c', [0xff]))).toBe(4);
    expect(firstInvalidUtf8(bytesOf('ab', [0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(bytesOf([0x80]))).toBe(0);
  });
});
