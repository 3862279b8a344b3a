import { describe, expect, it } from 'vitest';
import { formatHeaderDate, formatThreadFile } from '../../../scripts/parse/index.ts';
import { threadOf } from './helpers.ts';

describe('formatThreadFile', () => {
  it('should write forum, title, and each post under its header with LF line ends', () => {
    const text = formatThreadFile({
      forum: 'History',
      title: 'A question',
      posts: [
        { date: '2015-04-11T14:58', body: 'Hello\n\n  indented' },
        { date: '2016-03-07T09:10', body: '' },
      ],
    });
    expect(text).toBe(
      'History\nA question\n\nPost 11 Apr 2015, 14:58\nHello\n\n  indented\n\nPost 07 Mar 2016, 09:10\n',
    );
  });

  it('should write text that parses back into the same thread', () => {
    const thread = {
      forum: 'F\u2028\u00A0',
      title: '\uFEFFtitle\r',
      posts: [
        { date: '2000-02-29T00:00', body: 'line\r\n\u0085 x\r' },
        { date: '1999-12-31T23:59', body: 'Post 5 was wrong\n\n\tPost 11 Apr 2015, 14:58' },
      ],
    };
    const parsed = threadOf(formatThreadFile(thread));
    expect({ ...parsed, posts: parsed.posts.map(({ date, body }) => ({ date, body })) }).toEqual(
      thread,
    );
  });

  it('should put a BOM before a forum name that starts with U+FEFF, so it survives', () => {
    const text = formatThreadFile({
      forum: '\uFEFFForum',
      title: 'T',
      posts: [{ date: '2015-04-11T14:58', body: 'x' }],
    });
    expect(text.startsWith('\uFEFF\uFEFFForum\n')).toBe(true);
    expect(threadOf(text).forum).toBe('\uFEFFForum');
  });

  it('should refuse a body line that would read as a post header', () => {
    const posts = [{ date: '2015-04-11T14:58', body: 'a\nPost 12 Apr 2015, 09:00 \nb' }];
    expect(() => formatThreadFile({ forum: 'F', title: 'T', posts })).toThrow(/post header/);
    const impossible = [{ date: '2015-04-11T14:58', body: 'Post 31 Apr 2015, 09:00' }];
    expect(() => formatThreadFile({ forum: 'F', title: 'T', posts: impossible })).toThrow(
      /post header/,
    );
  });

  it.each([
    ['a line break in the forum name', { forum: 'a\nb', title: 'T' }, /line break/],
    ['a blank forum name', { forum: ' \t', title: 'T' }, /blank/],
    ['a line break in the title', { forum: 'F', title: 'a\nb' }, /line break/],
    ['an empty title', { forum: 'F', title: '' }, /blank/],
  ])('should refuse %s', (_, fields, message) => {
    expect(() => formatThreadFile({ ...fields, posts: [] })).toThrow(message);
  });
});

describe('formatHeaderDate', () => {
  it.each([
    ['2015-04-11T14:58', '11 Apr 2015, 14:58'],
    ['2000-02-29T00:00', '29 Feb 2000, 00:00'],
    ['0001-12-31T23:59', '31 Dec 0001, 23:59'],
  ])('should write %s as %s', (date, written) => {
    expect(formatHeaderDate(date)).toBe(written);
  });

  it.each([
    '2015-04-31T10:00',
    '1900-02-29T10:00',
    '2015-13-01T10:00',
    '2015-00-01T10:00',
    '2015-04-11T24:00',
    '2015-04-11T10:60',
    '2015-04-11 10:00',
    '2015-4-11T10:00',
    '2015-04-11T10:00Z',
  ])('should refuse %s', (date) => {
    expect(() => formatHeaderDate(date)).toThrow(RangeError);
  });
});
