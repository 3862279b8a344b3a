import type { Rng } from './rng.ts';
import { MONTHS } from './dates.ts';

const two = (value: number): string => String(value).padStart(2, '0');

/**
 * A body line that resembles a post header but is not one under the grammar: wrong case, extra
 * words, a missing comma or time, a made-up month, leading whitespace, full stop after the time.
 * These are what a sloppy `startsWith('Post ')` parser would wrongly split on.
 */
export function generateFakeHeader(rng: Rng): string {
  const day = two(rng.int(1, 28));
  const month = rng.pick(MONTHS);
  const year = rng.int(2003, 2024);
  const time = `${two(rng.int(0, 23))}:${two(rng.int(0, 59))}`;
  const shapes = [
    `Post ${rng.int(1, 300)} was wrong`,
    `Post ${rng.int(1, 300)} above is spot on.`,
    `Post ${day} ${month} ${year}`,
    `Post ${day} Foo ${year}, ${time}`,
    `post ${day} ${month} ${year}, ${time}`,
    `POST ${day} ${month} ${year}, ${time}`,
    ` Post ${day} ${month} ${year}, ${time}`,
    `\tPost ${day} ${month} ${year}, ${time}`,
    `Post ${day} ${month} ${year} ${time}`,
    `Post ${day} ${month.toUpperCase()} ${year}, ${time}`,
    `Post ${day} ${month} ${year}, ${time} (edited)`,
    `Post ${day} ${month} ${year}, ${time}.`,
    `Post ${rng.int(1, 9)} ${month} ${year}, ${time}`,
    `Post  ${day} ${month} ${year}, ${time}`,
    `Post ${day} ${month} ${year},${time}`,
    `Posted ${day} ${month} ${year}, ${time}`,
    `Post #${rng.int(1, 99)}: ${day} ${month} ${year}, ${time}`,
  ];
  return rng.pick(shapes);
}
