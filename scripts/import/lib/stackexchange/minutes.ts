import type { NaiveDateTime } from '../../../records/types.ts';

const minutePattern = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/;

/**
 * Record dates as numbers, `YYYYMMDDHHMM` read as a decimal, to keep one per post in a typed
 * array: they compare as the strings do, and turn back into the very same strings. A date of
 * another shape is kept as a string in `#others` and encoded as its negative position there.
 */
export class MinuteCodec {
  readonly #others: string[] = [];

  encode(date: NaiveDateTime): number {
    const parts = minutePattern.exec(date);
    if (!parts) return -this.#others.push(date);
    return Number(parts.slice(1).join(''));
  }

  decode(value: number): NaiveDateTime {
    if (value < 0) return this.#others[-value - 1]!;
    const digits = String(value).padStart(12, '0');
    return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}T${digits.slice(8, 10)}:${digits.slice(10)}`;
  }
}
