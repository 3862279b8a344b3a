import { describe, expect, it } from 'vitest';
import { fileWith, issueOf, threadOf } from './helpers.ts';

const header = 'Post 11 Apr 2015, 14:58';

describe('forum name (line 1)', () => {
  it('should trim spaces and tabs at both ends and keep inner whitespace', () => {
    expect(threadOf(` \t My  \t Forum \t \nT\n${header}\n`).forum).toBe('My  \t Forum');
  });

  it.each(['\u00A0', '\u3000', '\u200B', '\v', '\f'])(
    'should trim only spaces and tabs, keeping %j',
    (other) => {
      expect(threadOf(` ${other}F${other} \nT\n${header}\n`).forum).toBe(`${other}F${other}`);
    },
  );

  it.each([
    ['empty', '\nT\n'],
    ['only spaces and tabs', ' \t \nT\n'],
    ['empty with CRLF', '\r\nT\n'],
  ])('should reject a forum name that is %s on line 1', (_, text) => {
    expect(issueOf(text + `${header}\n`)).toEqual({
      reason: 'empty-forum-name',
      line: 1,
      message: expect.stringMatching(/forum/),
    });
  });

  it('should reject a blank line 1 even when nothing follows', () => {
    expect(issueOf(' ')).toMatchObject({ reason: 'empty-forum-name', line: 1 });
    expect(issueOf('\n')).toMatchObject({ reason: 'empty-forum-name', line: 1 });
  });

  it('should never read line 1 as a post header', () => {
    const thread = threadOf(`${header}\nT\nPost 12 Apr 2015, 09:00\n`);
    expect(thread.forum).toBe(header);
    expect(thread.posts).toHaveLength(1);
  });
});

describe('title (line 2)', () => {
  it('should trim spaces and tabs at both ends and keep inner whitespace', () => {
    expect(threadOf(`F\n\t A  title\there \t\n${header}\n`).title).toBe('A  title\there');
  });

  it.each(['F', 'F\n', 'F\r\n', '\uFEFFF'])('should reject %j as missing its title', (text) => {
    expect(issueOf(text)).toEqual({
      reason: 'missing-title',
      line: 2,
      message: expect.any(String),
    });
  });

  it.each(['F\n\n', 'F\n \t\n', 'F\n\r\n', `F\n  \n${header}\n`])(
    'should reject %j as having an empty title',
    (text) => {
      expect(issueOf(text)).toEqual({
        reason: 'empty-title',
        line: 2,
        message: expect.any(String),
      });
    },
  );

  it('should never read line 2 as a post header, even one with an impossible date', () => {
    expect(threadOf(`F\n${header}\n${header}\n`)).toEqual({
      forum: 'F',
      title: header,
      posts: [{ line: 3, date: '2015-04-11T14:58', body: '' }],
    });
    expect(threadOf(`F\nPost 31 Apr 2015, 10:00\n${header}\n`).title).toBe(
      'Post 31 Apr 2015, 10:00',
    );
  });
});

describe('before the first post', () => {
  it('should allow blank and whitespace-only lines between title and first header', () => {
    const thread = threadOf(fileWith('', '   ', '\t', ' \t \r', header, 'body'));
    expect(thread.posts).toEqual([{ line: 7, date: '2015-04-11T14:58', body: 'body' }]);
  });

  it.each([
    ['text', 'hello'],
    ['a header lookalike', 'Post 5 was wrong'],
    ['a no-break space', '\u00A0'],
    ['a zero-width space', '\u200B'],
    ['a lone CR', '\r\r'],
    ['an indented header', ` ${header}`],
  ])('should reject %s before the first header with its line', (_, line) => {
    expect(issueOf(fileWith('', ' ', line, header))).toEqual({
      reason: 'text-before-first-post',
      line: 5,
      message: expect.any(String),
    });
  });

  it('should reject text on line 3 directly after the title', () => {
    expect(issueOf(fileWith('intro', header))).toMatchObject({
      reason: 'text-before-first-post',
      line: 3,
    });
  });
});

describe('no posts and empty files', () => {
  it('should reject a file of zero bytes as empty', () => {
    expect(issueOf(new Uint8Array())).toEqual({
      reason: 'empty-file',
      line: null,
      message: expect.any(String),
    });
  });

  it.each(['F\nT', 'F\nT\n', 'F\nT\n\n \n\t\n', 'F\nT\r\n\r\n'])(
    'should reject %j as having no posts',
    (text) => {
      expect(issueOf(text)).toEqual({
        reason: 'no-posts',
        line: null,
        message: expect.any(String),
      });
    },
  );
});

describe('first problem in line order', () => {
  it('should report text before the first post ahead of a later impossible date', () => {
    expect(issueOf(fileWith('oops', header, 'Post 31 Apr 2015, 10:00'))).toMatchObject({
      reason: 'text-before-first-post',
      line: 3,
    });
  });

  it('should report an impossible date ahead of later text', () => {
    expect(issueOf(fileWith('Post 00 Apr 2015, 10:00', 'oops'))).toMatchObject({
      reason: 'invalid-date',
      line: 3,
    });
  });

  it('should report the first of several impossible dates', () => {
    const text = fileWith(header, 'a', 'Post 30 Feb 2015, 10:00', 'b', 'Post 31 Jun 2015, 10:00');
    expect(issueOf(text)).toMatchObject({ reason: 'invalid-date', line: 5 });
  });

  it('should report an empty forum name ahead of an empty title', () => {
    expect(issueOf(' \n \n')).toMatchObject({ reason: 'empty-forum-name', line: 1 });
  });
});
