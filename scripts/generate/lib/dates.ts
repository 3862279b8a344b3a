/** Month abbreviations of the dump's post headers: the parser's own list, so the two agree. */
export { MONTHS } from '../../parse/index.ts';
import { MONTHS } from '../../parse/index.ts';

/** Minutes since 1970-01-01T00:00 (naive wall clock, no zone) of the earliest generated post. */
export const FIRST_MINUTE = Date.UTC(2003, 0, 1) / 60_000;
/** Minutes since 1970-01-01T00:00 of the latest possible post, 2024-12-31T23:59. */
export const LAST_MINUTE = Date.UTC(2024, 11, 31, 23, 59) / 60_000;

/** A wall-clock minute split into calendar fields (month 1–12). */
export interface CivilMinute {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * Calendar fields of a minute count. UTC `Date` methods are pure proleptic-Gregorian arithmetic
 * (no zone, no locale, no DST), which is exactly the naive wall clock the dump format means.
 */
export function civilFromMinutes(minutes: number): CivilMinute {
  const date = new Date(minutes * 60_000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

const two = (value: number): string => (value < 10 ? `0${value}` : String(value));

/** The record form of a date, `YYYY-MM-DDTHH:MM`. */
export function formatIso(civil: CivilMinute): string {
  return `${civil.year}-${two(civil.month)}-${two(civil.day)}T${two(civil.hour)}:${two(civil.minute)}`;
}

/** The dump's post header line for a date, `Post DD Mon YYYY, HH:MM`. */
export function formatHeader(civil: CivilMinute): string {
  const month = MONTHS[civil.month - 1] as string;
  return `Post ${two(civil.day)} ${month} ${civil.year}, ${two(civil.hour)}:${two(civil.minute)}`;
}

/** The header line for a record date `YYYY-MM-DDTHH:MM` (the inverse of the parser's reading). */
export function headerFromIso(iso: string): string {
  const [year, month, day, hour, minute] = iso.split(/[-T:]/).map(Number);
  return formatHeader({
    year: year ?? 0,
    month: month ?? 0,
    day: day ?? 0,
    hour: hour ?? 0,
    minute: minute ?? 0,
  });
}
