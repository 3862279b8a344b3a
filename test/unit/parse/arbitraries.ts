import fc from 'fast-check';
import { utf8 } from './helpers.ts';
import { referenceBody, referenceHeader } from './reference.ts';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Characters that trip up line splitting, trimming, header matching or decoding. */
const trickyCharacters = [
  '\r',
  '\u0085',
  '\u2028',
  '\u2029',
  '\v',
  '\f',
  '\uFEFF',
  '\u200B',
  '\u202E',
  '\uFE0F',
  '\u00A0',
  '\u3000',
  '\0',
  ' ',
  '\t',
  'e\u0301',
  '\u{1F600}',
  '\uFFFD',
  '\u0661',
  '\uFF11',
  'P',
  'Post ',
  '11',
  ' Apr ',
  '2015',
  ', ',
  '14:58',
];

/** One character (or short tricky snippet), never a line feed. */
export const character = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 3, arbitrary: fc.constantFrom(...trickyCharacters) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  )
  .map((text) => text.replaceAll('\n', ' '));

/** Text of one line, without its terminator. */
export const lineText = fc.string({ unit: character, maxLength: 12 });

/** Spaces and tabs only. */
export const blanks = fc.string({ unit: fc.constantFrom(' ', '\t'), maxLength: 3 });

/** A forum name or title as the parser returns it: not blank, no spaces/tabs at its ends. */
export const name = lineText
  .map((text) => text.replace(/^[ \t]+|[ \t]+$/g, ''))
  .filter((text) => text !== '');

/** A real minute: its header line and its naive date. */
export const header = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  })
  .map(({ year, month, day, hour, minute }) => {
    // Clamp to the month's last day (Date knows the Gregorian leap years).
    const last = new Date(Date.UTC(2000, month, 0));
    last.setUTCFullYear(year, month, 0);
    const dd = pad(Math.min(day, last.getUTCDate()), 2);
    const time = `${pad(hour, 2)}:${pad(minute, 2)}`;
    return {
      line: `Post ${dd} ${months[month - 1]} ${pad(year, 4)}, ${time}`,
      date: `${pad(year, 4)}-${pad(month, 2)}-${dd}T${time}`,
    };
  });

const mutations: Array<(line: string) => string> = [
  (line) => line.replace('Post', 'post'),
  (line) => ` ${line}`,
  (line) => `\t${line}`,
  (line) => line.replace(' ', '  '),
  (line) => line.replace(', ', ',  '),
  (line) => line.replace(',', ''),
  (line) => `${line} x`,
  (line) => `${line}\u00A0`,
  (line) => `${line}\u2028`,
  (line) => `${line}:00`,
  (line) => line.slice(0, -1),
  (line) => line.replace(/[0-9]/, (digit) => String.fromCodePoint(0xff10 + Number(digit))),
  (line) => line.replace(/[0-9]/, (digit) => String.fromCodePoint(0x0660 + Number(digit))),
  (line) => line.replace(/ [A-Z][a-z]{2} /, (month) => month.toUpperCase()),
  (line) => line.replace(/^Post [0-9]{2}/, 'Post 5'),
  (line) => line.replace(/, .*/, ''),
  (line) => line.replace(/[0-9]{2}:/, '99:').concat('!'),
];

/** A line that resembles a post header but is body text. */
export const lookalike = fc
  .tuple(header, fc.constantFrom(...mutations))
  .map(([{ line }, mutate]) => mutate(line));

/** A line that may stand in a body: never header-shaped (valid or not) once terminated. */
export const bodyLine = fc
  .tuple(
    fc.oneof(
      lineText,
      lookalike,
      blanks,
      fc.constant(''),
      header.map((h) => `${h.line}\r`),
    ),
    blanks,
  )
  .map(([text, trailing]) => text + trailing)
  .filter((text) => referenceHeader(text) === undefined);

/** One line terminator; LF and CRLF mixed. */
export const terminator = fc.constantFrom('\n', '\r\n');

/** A valid thread file as lines, plus what parsing it must give. */
export const validThread = fc
  .record({
    bom: fc.boolean(),
    forum: fc.tuple(blanks, name, blanks),
    title: fc.tuple(blanks, name, blanks),
    preamble: fc.array(blanks, { maxLength: 3 }),
    posts: fc.array(
      fc.record({ header, trailing: blanks, lines: fc.array(bodyLine, { maxLength: 6 }) }),
      {
        minLength: 1,
        maxLength: 5,
      },
    ),
    terminators: fc.array(terminator, { minLength: 8, maxLength: 8 }),
    finalNewline: fc.boolean(),
  })
  .map(({ bom, forum, title, preamble, posts, terminators, finalNewline }) => {
    const lines = [forum.join(''), title.join(''), ...preamble];
    const expected = posts.map((post) => {
      lines.push(post.header.line + post.trailing, ...post.lines);
      const line = lines.length - post.lines.length;
      return { line, date: post.header.date, body: referenceBody(post.lines) };
    });
    const text = lines
      .map((line, index) => {
        if (index === lines.length - 1 && !finalNewline) return line;
        // LF after a CR would make the CR part of the terminator: use CRLF then.
        return line + (line.endsWith('\r') ? '\r\n' : terminators[index % terminators.length]);
      })
      .join('');
    // A forum name starting with U+FEFF needs a BOM before it, as the parser drops the first.
    const withBom = bom || text.startsWith('\uFEFF') ? `\uFEFF${text}` : text;
    return { text: withBom, thread: { forum: forum[1], title: title[1], posts: expected } };
  });

/** Most random files fail on line 1 or 2; a valid start lets them reach the posts. */
export const prefix = fc.constantFrom(
  '',
  'F\nT\n',
  '\uFEFFF \r\nT\t\r\n\r\n',
  'F\nT\nPost 11 Apr 2015, 14:58\n',
);

/** Bytes that are mostly UTF-8 and mostly thread-like, with stray bytes mixed in. */
export const nearlyThreadBytes = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: lineText.map(utf8) },
      { weight: 3, arbitrary: terminator.map(utf8) },
      { weight: 2, arbitrary: header.map((h) => utf8(h.line)) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('Post 31 Apr 2015, 10:00', '\uFEFF', 'F\nT\n').map(utf8),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(
            [0x80],
            [0xbf],
            [0xc0, 0xaf],
            [0xc3],
            [0xe2, 0x82],
            [0xe0, 0x80, 0x80],
            [0xed, 0xa0, 0x80],
            [0xf0, 0x9f, 0x98],
            [0xf4, 0x90, 0x80, 0x80],
            [0xff],
            [0xef, 0xbb],
          )
          .map((bytes) => Uint8Array.from(bytes)),
      },
    ),
    { maxLength: 14 },
  )
  .chain((chunks) => prefix.map((start) => [utf8(start), ...chunks]))
  .map((chunks) => {
    const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    chunks.reduce((offset, chunk) => (out.set(chunk, offset), offset + chunk.length), 0);
    return out;
  });
