import { civilFromMinutes, FIRST_MINUTE, formatIso, LAST_MINUTE } from './dates.ts';
import type { Rng } from './rng.ts';

/**
 * The `YYYY-MM-DDTHH:MM` dates of a thread's posts: mostly increasing, with reply gaps from
 * minutes to years, about 1% equal to the previous post and 1% earlier than it (clock skew,
 * imports), all within 2003-01-01 … 2024-12-31. A thread longer than that span is compressed.
 */
export function generateTimeline(rng: Rng, count: number): string[] {
  const offsets = new Float64Array(count);
  let offset = 0;
  for (let i = 1; i < count; i++) {
    const roll = rng.float();
    if (roll < 0.01) offset -= rng.int(1, 3 * 24 * 60);
    else if (roll >= 0.02) offset += replyGap(rng);
    offsets[i] = offset;
  }
  let low = 0;
  let high = 0;
  for (const value of offsets) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  const range = LAST_MINUTE - FIRST_MINUTE;
  const scale = high - low > range ? range / (high - low) : 1;
  const span = (high - low) * scale;
  const start = FIRST_MINUTE + Math.floor(rng.float() * (range - span + 1));
  const dates: string[] = [];
  for (const value of offsets) {
    const minute = Math.min(LAST_MINUTE, start + Math.floor((value - low) * scale));
    dates.push(formatIso(civilFromMinutes(minute)));
  }
  return dates;
}

// Log-uniform mixture: most replies within hours, some after days, a few necro posts after years.
function replyGap(rng: Rng): number {
  const roll = rng.float();
  const [min, max] =
    roll < 0.75 ? [1, 600] : roll < 0.97 ? [600, 30 * 1440] : [30 * 1440, 800 * 1440];
  return Math.round(min * Math.pow(max / min, rng.float()));
}
