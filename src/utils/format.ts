/**
 * Deterministic formatting of dates and counts: the same text whatever the build machine's locale
 * or time zone, because `Intl`/`toLocale*` output differs between Node builds and settings.
 */
import type { NaiveDateTime } from '../../scripts/records/types.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

interface Parts {
  year: string;
  month: string;
  day: string;
  time: string;
}

function parts(value: NaiveDateTime): Parts {
  const match = PATTERN.exec(value);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) {
    throw new Error(
      `Invalid date "${value}": expected a record date YYYY-MM-DDTHH:MM (check the records' date fields)`,
    );
  }
  return { year: match[1]!, month, day: String(Number(match[3])), time: `${match[4]}:${match[5]}` };
}

/** `2015-04-11T14:58` → `11 Apr 2015, 14:58`. Throws on a value that is not a `NaiveDateTime`. */
export function formatDateTime(value: NaiveDateTime): string {
  const { year, month, day, time } = parts(value);
  return `${day} ${month} ${year}, ${time}`;
}

/** `2015-04-11T14:58` → `11 Apr 2015`. Throws on a value that is not a `NaiveDateTime`. */
export function formatDate(value: NaiveDateTime): string {
  const { year, month, day } = parts(value);
  return `${day} ${month} ${year}`;
}

/** `11 Apr 2015 – 7 Mar 2016`, or a single date when both ends fall on the same day. */
export function formatDateRange(first: NaiveDateTime, last: NaiveDateTime): string {
  const from = formatDate(first);
  const to = formatDate(last);
  return from === to ? from : `${from} – ${to}`;
}

/** `1234567` → `1,234,567` (grouping by hand, not by locale). */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1, 'post'` → `1 post`; `3, 'post'` → `3 posts`. */
export function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}
