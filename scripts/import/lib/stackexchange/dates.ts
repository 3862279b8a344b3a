import type { NaiveDateTime } from '../../../records/types.ts';
import { detach } from './detach.ts';

const isoDate =
  /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?Z?$/;

/**
 * A Stack Exchange date (`2015-04-11T14:58:12.345`, UTC) as a record date: truncated to the
 * minute, since records carry minutes only. Stays UTC: the site shows it as written. `undefined`
 * for anything else, so the caller can count the row as skipped.
 */
export function minuteOf(value: string | undefined): NaiveDateTime | undefined {
  const minute = value === undefined ? undefined : isoDate.exec(value)?.[1];
  // Kept in the thread summaries: a copy, not a view into the parsed rows.
  return minute === undefined ? undefined : detach(minute);
}
