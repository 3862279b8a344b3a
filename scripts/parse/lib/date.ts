import type { NaiveDateTime } from '../../records/types.ts';

/** Month abbreviations exactly as post headers spell them, January first. */
export const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Gregorian (proleptic) leap year rule. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The written fields of a date and time; strings keep their leading zeros. */
export interface DateFields {
  year: string;
  /** 1–12 */
  month: number;
  day: string;
  hour: string;
  minute: string;
}

/**
 * Why the fields name no real minute (a sentence), or `undefined` when they do. Headers carry
 * wall-clock time without a zone, so there is no DST gap to worry about.
 */
export function impossibleDateReason(fields: DateFields): string | undefined {
  const year = Number(fields.year);
  const day = Number(fields.day);
  const monthName = MONTHS[fields.month - 1] ?? '???';
  const days = daysInMonth(year, fields.month);
  if (day < 1 || day > days) {
    return `${fields.day} ${monthName} ${fields.year} is not a date (${monthName} ${fields.year} has days 01–${days})`;
  }
  if (Number(fields.hour) > 23 || Number(fields.minute) > 59) {
    return `${fields.hour}:${fields.minute} is not a time of day (00:00–23:59)`;
  }
  return undefined;
}

/** `YYYY-MM-DDTHH:MM` of valid fields. */
export function toNaiveDateTime(fields: DateFields): NaiveDateTime {
  const month = fields.month < 10 ? `0${fields.month}` : String(fields.month);
  return `${fields.year}-${month}-${fields.day}T${fields.hour}:${fields.minute}`;
}

const naivePattern = /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})$/;

/**
 * `YYYY-MM-DDTHH:MM` → `DD Mon YYYY, HH:MM`, the date part of a post header.
 * Throws a `RangeError` for anything that is not a real naive minute.
 */
export function formatHeaderDate(date: NaiveDateTime): string {
  const match = naivePattern.exec(date);
  const [, year = '', month = '', day = '', hour = '', minute = ''] = match ?? [];
  const fields: DateFields = { year, month: Number(month), day, hour, minute };
  const problem =
    match === null
      ? 'expected YYYY-MM-DDTHH:MM'
      : fields.month < 1 || fields.month > 12
        ? `month ${month} does not exist`
        : impossibleDateReason(fields);
  if (problem !== undefined) throw new RangeError(`Invalid post date "${date}": ${problem}`);
  return `${day} ${MONTHS[fields.month - 1]} ${year}, ${hour}:${minute}`;
}
