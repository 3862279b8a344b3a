import { describe, expect, it } from 'vitest';
import { fileWith, issueOf, threadOf } from './helpers.ts';

const header = 'Post 11 Apr 2015, 14:58';

describe('line ends', () => {
  it('should read CRLF files like LF files', () => {
    const lf = fileWith(header, 'one', '', 'two', 'Post 12 Apr 2015, 09:00', 'three');
    expect(threadOf(lf.replaceAll('\n', '\r\n'))).toEqual(threadOf(lf));
  });

  it('should accept LF and CRLF mixed in one file', () => {
    const thread = threadOf('F\r\nT\n\r\nPost 11 Apr 2015, 14:58\r\none\ntwo\r\n');
    expect(thread).toEqual({
      forum: 'F',
      title: 'T',
      posts: [{ line: 4, date: '2015-04-11T14:58', body: 'one\ntwo' }],
    });
  });

  it('should count the CR before LF as part of the terminator, not as text', () => {
    const thread = threadOf('F\r\nT\r\nPost 11 Apr 2015, 14:58\r\na\r\nb\r\n');
    expect(thread.forum).toBe('F');
    expect(thread.title).toBe('T');
    expect(thread.posts[0]?.body).toBe('a\nb');
  });

  it('should keep a CR that is followed by another CR before the LF', () => {
    expect(threadOf(fileWith(header) + 'a\r\r\nb\n').posts[0]?.body).toBe('a\r\nb');
  });

  it.each([
    ['a lone CR', '\r'],
    ['U+0085 (NEL)', '\u0085'],
    ['U+2028 (LINE SEPARATOR)', '\u2028'],
    ['U+2029 (PARAGRAPH SEPARATOR)', '\u2029'],
    ['a vertical tab', '\v'],
    ['a form feed', '\f'],
  ])('should not end a line at %s', (_, separator) => {
    const thread = threadOf(fileWith(header, `a${separator}${header}`, 'Post 12 Apr 2015, 09:00'));
    expect(thread.posts).toEqual([
      { line: 3, date: '2015-04-11T14:58', body: `a${separator}${header}` },
      { line: 5, date: '2015-04-12T09:00', body: '' },
    ]);
  });

  it.each(['\r', '\u0085', '\u2028', '\u2029', '\v', '\f'])(
    'should not count %j as a line when numbering lines',
    (separator) => {
      const issue = issueOf(`F${separator}x\nT${separator}y\n${separator}z\n`);
      expect(issue).toMatchObject({ reason: 'text-before-first-post', line: 3 });
    },
  );

  it('should treat a CR at the very end of the file (no LF after it) as text', () => {
    expect(issueOf(`F\nT\n${header}\r`)).toMatchObject({
      reason: 'text-before-first-post',
      line: 3,
    });
    expect(threadOf(`F\nT\n${header}\nbody\r`).posts[0]?.body).toBe('body\r');
  });

  it('should parse the same with and without a final newline', () => {
    const without = `F\nT\n${header}\nbody`;
    expect(threadOf(without)).toEqual(threadOf(`${without}\n`));
    expect(threadOf(without)).toEqual(threadOf(`${without}\r\n`));
  });

  it('should not make an empty line of the final newline', () => {
    expect(issueOf('F\n')).toMatchObject({ reason: 'missing-title', line: 2 });
    expect(issueOf('F\r\n')).toMatchObject({ reason: 'missing-title', line: 2 });
    expect(issueOf('F\n\n')).toMatchObject({ reason: 'empty-title', line: 2 });
  });
});

describe('byte order mark', () => {
  it('should ignore one leading BOM', () => {
    const withBom = threadOf(`\uFEFF${fileWith(header, 'x')}`);
    expect(withBom).toEqual(threadOf(fileWith(header, 'x')));
    expect(withBom.forum).toBe('F');
  });

  it('should keep a second BOM as part of the forum name', () => {
    expect(threadOf(`\uFEFF\uFEFF${fileWith(header)}`).forum).toBe('\uFEFFF');
  });

  it('should not count a lone second BOM on line 1 as blank', () => {
    expect(threadOf(`\uFEFF\uFEFF\nT\n${header}\n`).forum).toBe('\uFEFF');
  });

  it('should keep a BOM that is not at the start of the file', () => {
    const thread = threadOf(`F\uFEFF\nT\n${header}\n\uFEFFbody\n`);
    expect(thread.forum).toBe('F\uFEFF');
    expect(thread.posts[0]?.body).toBe('\uFEFFbody');
  });

  it('should read a file of only a BOM as empty', () => {
    expect(issueOf('\uFEFF')).toEqual({
      reason: 'empty-file',
      line: null,
      message: expect.any(String),
    });
  });

  it('should reject a BOM followed by a blank line 1 as an empty forum name', () => {
    expect(issueOf('\uFEFF \nT\n')).toMatchObject({ reason: 'empty-forum-name', line: 1 });
  });
});
