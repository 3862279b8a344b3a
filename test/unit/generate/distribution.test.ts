import { describe, expect, it } from 'vitest';
import { forumCount, generateDump, type GeneratedFile } from '../../../scripts/generate/index.ts';

// One 1,000-thread sample per seed, shared by the assertions below.
const samples = new Map<string, GeneratedFile[]>();
function sample(seed: string): GeneratedFile[] {
  let files = samples.get(seed);
  if (files === undefined) {
    files = [...generateDump({ threads: 1000, seed })];
    samples.set(seed, files);
  }
  return files;
}

const share = (part: number, whole: number): number => part / whole;

describe.each(['distribution-a', 'distribution-b'])('a 1,000-thread dump (seed %s)', (seed) => {
  const files = sample(seed);
  const posts = files.flatMap((file) => file.thread.posts);
  const replies = files.flatMap((file) => file.thread.posts.slice(1));
  const lengths = files.map((file) => file.thread.posts.length);

  it('should use about threads/500 forums (min 3), incl. a case-only pair and non-ASCII', () => {
    const forums = [...new Set(files.map((file) => file.thread.forum))];
    expect(forumCount(1000)).toBe(3);
    expect(forums.length).toBe(3);
    const folded = new Set(forums.map((name) => name.toLowerCase()));
    expect(folded.size).toBeLessThan(forums.length);
    expect(forums.some((name) => /[^\x00-\x7f]/.test(name))).toBe(true);
  });

  it('should skew thread lengths: mostly 1–20 posts, a mean near 15, some over 1,000', () => {
    const mean = share(posts.length, files.length);
    expect(mean).toBeGreaterThan(12);
    expect(mean).toBeLessThan(22);
    expect(share(lengths.filter((n) => n <= 20).length, files.length)).toBeGreaterThan(0.75);
    expect(lengths.filter((n) => n === 1).length).toBeGreaterThan(20);
    expect(lengths.filter((n) => n > 1000).length).toBeGreaterThanOrEqual(2);
  });

  it('should average 500–800 bytes per post and leave about 1% of posts empty', () => {
    const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
    expect(share(bytes, posts.length)).toBeGreaterThan(500);
    expect(share(bytes, posts.length)).toBeLessThan(800);
    const empty = posts.filter((post) => post.body.trim() === '').length;
    expect(share(empty, posts.length)).toBeGreaterThan(0.005);
    expect(share(empty, posts.length)).toBeLessThan(0.02);
  });

  it('should open about 15% of replies with a `Name wrote:` quote of an earlier post', () => {
    let quoting = 0;
    let quotedEarlier = 0;
    // Hard-wrapped originals are quoted unwrapped, so compare with whitespace collapsed.
    const flat = (text: string): string => text.replace(/\s+/g, ' ');
    for (const file of files) {
      const flatBodies = file.thread.posts.map((post) => flat(post.body));
      file.thread.posts.forEach((post, index) => {
        const lines = post.body.split('\n').filter((line) => line.trim() !== '');
        if (index === 0 || !/ wrote:$/.test(lines[0] ?? '')) return;
        quoting++;
        const quoted = flat((lines[1] ?? '').trim()).replace(/ \.\.\.$/, '');
        if (flatBodies.slice(0, index).some((body) => body.includes(quoted))) quotedEarlier++;
      });
    }
    expect(share(quoting, replies.length)).toBeGreaterThan(0.1);
    expect(share(quoting, replies.length)).toBeLessThan(0.2);
    expect(quotedEarlier).toBe(quoting);
  });

  it('should carry URLs, LaTeX quotes, non-ASCII, indentation and header look-alikes', () => {
    const bodies = posts.map((post) => post.body);
    const fraction = (pattern: RegExp): number =>
      share(bodies.filter((body) => pattern.test(body)).length, bodies.length);
    expect(fraction(/https?:\/\/[a-z]/)).toBeGreaterThan(0.03);
    expect(fraction(/``[^`]+''/)).toBeGreaterThan(0.01);
    expect(fraction(/(?<!`)`[^`']+'(?!')/)).toBeGreaterThan(0.005);
    expect(fraction(/\p{Script=Han}/u)).toBeGreaterThan(0.005);
    expect(fraction(/\p{Extended_Pictographic}/u)).toBeGreaterThan(0.01);
    expect(fraction(/[à-ÿ]/)).toBeGreaterThan(0.01);
    expect(fraction(/^[ \t]+\S/m)).toBeGreaterThan(0.02);
    expect(fraction(/\n[ \t]*\n[ \t]*\n/)).toBeGreaterThan(0.005);
    expect(fraction(/^ ?Post /m)).toBeGreaterThan(0.001);
  });

  it('should use CRLF in about 2% of files and LF in the rest', () => {
    const crlf = files.filter((file) => file.text.includes('\r\n')).length;
    expect(share(crlf, files.length)).toBeGreaterThan(0.005);
    expect(share(crlf, files.length)).toBeLessThan(0.05);
  });

  it('should date posts in 2003–2024, mostly in increasing order', () => {
    const years = posts.map((post) => Number(post.date.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2003);
    expect(Math.max(...years)).toBeLessThanOrEqual(2024);
    expect(new Set(years).size).toBeGreaterThan(15);
    let pairs = 0;
    let ordered = 0;
    for (const file of files) {
      const dates = file.thread.posts.map((post) => post.date);
      for (let i = 1; i < dates.length; i++, pairs++) if (dates[i]! >= dates[i - 1]!) ordered++;
    }
    expect(share(ordered, pairs)).toBeGreaterThan(0.95);
    expect(ordered).toBeLessThan(pairs);
  });

  it('should vary titles: punctuation, very long, punctuation-only, CJK', () => {
    const titles = files.map((file) => file.thread.title);
    expect(titles.some((title) => title.length >= 200)).toBe(true);
    expect(titles.some((title) => /^[\p{P}\p{S}]+$/u.test(title))).toBe(true);
    expect(titles.some((title) => /\p{Script=Han}/u.test(title))).toBe(true);
    expect(
      share(titles.filter((title) => /[?!:&()[\]]/.test(title)).length, titles.length),
    ).toBeGreaterThan(0.3);
    expect(titles.filter((title) => title.trim() !== title || title === '')).toEqual([]);
  });
});
