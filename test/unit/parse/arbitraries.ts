import fc from 'fast-check';
import { referenceHeader } from './reference.ts';

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
