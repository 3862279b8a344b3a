import { describe, expect, it } from 'vitest';
import { matchHeaderLine } from '../../../scripts/parse/index.ts';
import { fileWith, issueOf, threadOf } from './helpers.ts';

const header = 'Post 11 Apr 2015, 14:58';

/** Parse a thread whose first post is followed by `line`; returns the posts. */
function postsAround(line: string) {
  return threadOf(fileWith(header, line, 'Post 12 Apr 2015, 09:00')).posts;
}

describe('post headers', () => {
  it('should read a header into a naive YYYY-MM-DDTHH:MM date', () => {
    expect(threadOf(fileWith('Post 07 Mar 2016, 09:10')).posts[0]?.date).toBe('2016-03-07T09:10');
  });

  it.each([
    ['Jan', '01'],
    ['Feb', '02'],
    ['Mar', '03'],
    ['Apr', '04'],
    ['May', '05'],
    ['Jun', '06'],
    ['Jul', '07'],
    ['Aug', '08'],
    ['Sep', '09'],
    ['Oct', '10'],
    ['Nov', '11'],
    ['Dec', '12'],
  ])('should read %s as month %s', (month, number) => {
    expect(threadOf(fileWith(`Post 01 ${month} 1999, 00:00`)).posts[0]?.date).toBe(
      `1999-${number}-01T00:00`,
    );
  });

  it.each([
    ['trailing spaces', `${header}   `],
    ['trailing tabs', `${header}\t\t`],
    ['mixed trailing spaces and tabs', `${header} \t \t`],
    ['trailing spaces before CRLF', `${header}  \r`],
  ])('should accept a header with %s', (_, line) => {
    const posts = threadOf(fileWith('x', line, 'body').replace('x\n', '')).posts;
    expect(posts).toEqual([{ line: 3, date: '2015-04-11T14:58', body: 'body' }]);
  });

  it.each([
    ['a single-digit post number', 'Post 5 was wrong'],
    ['no time', 'Post 11 Apr 2015'],
    ['an unknown month', 'Post 31 Foo 2015, 10:00'],
    ['a lower-case "post"', 'post 11 Apr 2015, 14:58'],
    ['an upper-case "POST"', 'POST 11 Apr 2015, 14:58'],
    ['a lower-case month', 'Post 11 apr 2015, 14:58'],
    ['an upper-case month', 'Post 11 APR 2015, 14:58'],
    ['a long month name', 'Post 11 April 2015, 14:58'],
    ['"Sept"', 'Post 11 Sept 2015, 14:58'],
    ['a leading space', ` ${header}`],
    ['a leading tab', `\t${header}`],
    ['a double space after "Post"', 'Post  11 Apr 2015, 14:58'],
    ['a double space after the day', 'Post 11  Apr 2015, 14:58'],
    ['a double space after the comma', 'Post 11 Apr 2015,  14:58'],
    ['a tab instead of a space', 'Post\t11 Apr 2015, 14:58'],
    ['a no-break space', 'Post\u00A011 Apr 2015, 14:58'],
    ['a one-digit day', 'Post 1 Apr 2015, 14:58'],
    ['a three-digit day', 'Post 011 Apr 2015, 14:58'],
    ['a two-digit year', 'Post 11 Apr 15, 14:58'],
    ['a five-digit year', 'Post 11 Apr 02015, 14:58'],
    ['a one-digit hour', 'Post 11 Apr 2015, 4:58'],
    ['seconds', 'Post 11 Apr 2015, 14:58:00'],
    ['no comma', 'Post 11 Apr 2015 14:58'],
    ['a space before the comma', 'Post 11 Apr 2015 , 14:58'],
    ['no space after the comma', 'Post 11 Apr 2015,14:58'],
    ['an Arabic comma', 'Post 11 Apr 2015\u060C 14:58'],
    ['a dot instead of a colon', 'Post 11 Apr 2015, 14.58'],
    ['full-width digits in the day', 'Post \uFF11\uFF11 Apr 2015, 14:58'],
    ['full-width digits in the year', 'Post 11 Apr \uFF12\uFF10\uFF11\uFF15, 14:58'],
    ['Arabic-Indic digits', 'Post \u0661\u0661 Apr 2015, 14:58'],
    ['Devanagari digits in the minute', 'Post 11 Apr 2015, 14:\u096B\u096E'],
    ['trailing text', `${header} edited`],
    ['trailing text after a tab', `${header}\tedited`],
    ['a trailing no-break space', `${header}\u00A0`],
    ['a trailing zero-width space', `${header}\u200B`],
    ['a trailing U+2028', `${header}\u2028`],
    ['a trailing NEL', `${header}\u0085`],
    ['a leading BOM', `\uFEFF${header}`],
    ['"Posts"', 'Posts 11 Apr 2015, 14:58'],
    ['an impossible date and trailing text', 'Post 31 Apr 2015, 10:00 (sic)'],
    ['an impossible date and a leading space', ' Post 31 Apr 2015, 10:00'],
  ])('should read a line with %s as body text', (_, line) => {
    expect(postsAround(line)).toEqual([
      { line: 3, date: '2015-04-11T14:58', body: line },
      { line: 5, date: '2015-04-12T09:00', body: '' },
    ]);
  });

  it('should start a new post at each header, keeping file order', () => {
    const posts = threadOf(
      fileWith(
        'Post 05 May 2015, 10:00',
        'Post 01 Jan 2015, 10:00',
        'b',
        'Post 01 Jan 2015, 10:00',
        'Post 31 Dec 2099, 23:59',
      ),
    ).posts;
    expect(posts.map((post) => [post.line, post.date])).toEqual([
      [3, '2015-05-05T10:00'],
      [4, '2015-01-01T10:00'],
      [6, '2015-01-01T10:00'],
      [7, '2099-12-31T23:59'],
    ]);
  });
});

describe('impossible dates', () => {
  it.each([
    ['day 00', 'Post 00 Jan 2015, 10:00', '00 Jan 2015 is not a date'],
    ['32 Jan', 'Post 32 Jan 2015, 10:00', '32 Jan 2015 is not a date'],
    ['31 Apr', 'Post 31 Apr 2015, 10:00', '31 Apr 2015 is not a date'],
    ['31 Jun', 'Post 31 Jun 2015, 10:00', '31 Jun 2015 is not a date'],
    ['31 Sep', 'Post 31 Sep 2015, 10:00', '31 Sep 2015 is not a date'],
    ['31 Nov', 'Post 31 Nov 2015, 10:00', '31 Nov 2015 is not a date'],
    ['30 Feb of a leap year', 'Post 30 Feb 2024, 10:00', '30 Feb 2024 is not a date'],
    ['29 Feb 1900', 'Post 29 Feb 1900, 10:00', '29 Feb 1900 is not a date'],
    ['29 Feb 2023', 'Post 29 Feb 2023, 10:00', '29 Feb 2023 is not a date'],
    ['29 Feb 2100', 'Post 29 Feb 2100, 10:00', '29 Feb 2100 is not a date'],
    ['day 99', 'Post 99 Dec 2015, 10:00', '99 Dec 2015 is not a date'],
    ['hour 24', 'Post 11 Apr 2015, 24:00', '24:00 is not a time of day'],
    ['hour 99', 'Post 11 Apr 2015, 99:00', '99:00 is not a time of day'],
    ['minute 60', 'Post 11 Apr 2015, 23:60', '23:60 is not a time of day'],
    ['minute 99', 'Post 11 Apr 2015, 00:99', '00:99 is not a time of day'],
  ])('should reject a header with %s and name its line', (_, line, message) => {
    const issue = issueOf(fileWith(header, 'body', '', line, 'more'));
    expect(issue).toEqual({ reason: 'invalid-date', line: 6, message: expect.any(String) });
    expect(issue.message).toContain(message);
  });

  it('should reject an impossible date before the first post as invalid-date', () => {
    expect(issueOf(fileWith('', 'Post 31 Apr 2015, 10:00'))).toMatchObject({
      reason: 'invalid-date',
      line: 4,
    });
  });

  it('should reject an impossible date even with trailing spaces, tabs or CRLF', () => {
    expect(issueOf(fileWith(header, 'Post 00 Jan 2015, 10:00 \t'))).toMatchObject({
      reason: 'invalid-date',
      line: 4,
    });
    expect(issueOf(`F\r\nT\r\n${header}\r\nPost 00 Jan 2015, 10:00\r\n`)).toMatchObject({
      reason: 'invalid-date',
      line: 4,
    });
  });

  it('should reject an impossible date on the last line without a final newline', () => {
    expect(issueOf(`F\nT\n${header}\nPost 11 Apr 2015, 25:00`)).toMatchObject({
      reason: 'invalid-date',
      line: 4,
    });
  });

  it.each([
    ['29 Feb 2000 (divisible by 400)', 'Post 29 Feb 2000, 12:00', '2000-02-29T12:00'],
    ['29 Feb 2024 (divisible by 4)', 'Post 29 Feb 2024, 12:00', '2024-02-29T12:00'],
    ['29 Feb 1600', 'Post 29 Feb 1600, 12:00', '1600-02-29T12:00'],
    ['28 Feb 1900', 'Post 28 Feb 1900, 12:00', '1900-02-28T12:00'],
    ['31 Dec', 'Post 31 Dec 2015, 23:59', '2015-12-31T23:59'],
    ['30 Apr', 'Post 30 Apr 2015, 00:00', '2015-04-30T00:00'],
    ['year 0000', 'Post 01 Jan 0000, 00:00', '0000-01-01T00:00'],
    ['year 9999', 'Post 31 Dec 9999, 23:59', '9999-12-31T23:59'],
  ])('should accept %s', (_, line, date) => {
    expect(threadOf(fileWith(line)).posts[0]?.date).toBe(date);
  });
});

describe('matchHeaderLine', () => {
  it('should tell headers, impossible headers and body text apart', () => {
    expect(matchHeaderLine(`${header} \t`)).toEqual({ ok: true, date: '2015-04-11T14:58' });
    expect(matchHeaderLine('Post 31 Apr 2015, 10:00')).toMatchObject({ ok: false });
    expect(matchHeaderLine(`x${header}`)).toBeUndefined();
  });
});
