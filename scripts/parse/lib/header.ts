import type { NaiveDateTime } from '../../records/types.ts';
import { impossibleDateReason, MONTHS, toNaiveDateTime } from './date.ts';

/** `Post DD Mon YYYY, HH:MM` has exactly this many characters. */
const headerLength = 23;
const P = 0x50;
const space = 0x20;
const tab = 0x09;

// Sticky and unanchored on purpose: it runs at a line start inside the whole file text, and the
// caller has already checked the trimmed line is exactly `headerLength` long. `[0-9]` (ASCII only),
// never `\d` with the `u` flag.
const headerPattern = new RegExp(
  `Post ([0-9]{2}) (${MONTHS.join('|')}) ([0-9]{4}), ([0-9]{2}):([0-9]{2})`,
  'y',
);

/** A header-shaped line: either a real minute or why its date/time cannot exist. */
export type HeaderMatch = { ok: true; date: NaiveDateTime } | { ok: false; message: string };

/** Index just past the last character of `text[start, end)` that is not a space or tab. */
export function trimEndIndex(text: string, start: number, end: number): number {
  while (end > start) {
    const code = text.charCodeAt(end - 1);
    if (code !== space && code !== tab) break;
    end--;
  }
  return end;
}

/**
 * Whether the line `text[start, end)` (terminator excluded, trailing spaces/tabs already cut by the
 * caller) is a post header. `undefined` means body text. Allocates nothing for most lines.
 */
export function matchHeaderAt(text: string, start: number, end: number): HeaderMatch | undefined {
  if (end - start !== headerLength || text.charCodeAt(start) !== P) return undefined;
  headerPattern.lastIndex = start;
  const match = headerPattern.exec(text);
  if (match === null) return undefined;
  const [, day = '', monthName = '', year = '', hour = '', minute = ''] = match;
  const fields = { year, month: MONTHS.indexOf(monthName as never) + 1, day, hour, minute };
  const problem = impossibleDateReason(fields);
  if (problem !== undefined) return { ok: false, message: problem };
  return { ok: true, date: toNaiveDateTime(fields) };
}

/** `matchHeaderAt` for a single line given as a string (without its terminator). */
export function matchHeaderLine(line: string): HeaderMatch | undefined {
  return matchHeaderAt(line, 0, trimEndIndex(line, 0, line.length));
}
