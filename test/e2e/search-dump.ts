/**
 * A small hand-made dump for the search tests: two forums, a 60-post thread whose post 57 (page 2)
 * holds a phrase no other post has, a passage that one thread says and another only quotes, a
 * word that is one thread's title and another's body, and posts from several years.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILLER = ['boats', 'harbour', 'weather', 'rope', 'tide', 'evening', 'nets', 'crew', 'gull'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Deterministic filler text: `words` words from the list, starting at `seed`. */
function filler(seed: number, words = 12): string {
  const text = Array.from({ length: words }, (_, i) => FILLER[(seed * 7 + i * 3) % FILLER.length]);
  return `${text.join(' ')}.`;
}

/** A `Post DD Mon YYYY, HH:MM` header for day `day` (0-based) after 1 Jan of `year`. */
function header(year: number, day: number): string {
  const date = new Date(Date.UTC(year, 0, 1 + day, 10, 30));
  const dd = String(date.getUTCDate()).padStart(2, '0');
  return `Post ${dd} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, 10:30`;
}

function thread(
  forum: string,
  title: string,
  posts: { year: number; day: number; body: string }[],
) {
  const lines = [forum, title, ''];
  for (const post of posts) lines.push(header(post.year, post.day), post.body, '');
  return `${lines.join('\n')}\n`;
}

/** The phrase only post 57 of the long thread says. */
export const PAGE_TWO_PHRASE = 'periwinkle zeppelin hovering';
/** Said by one thread, only quoted by another. */
export const QUOTED_PHRASE = 'amber walrus sings';
/** One thread's title, another thread's body word. */
export const TITLE_WORD = 'cobaltteapot';

/** Writes the dump into `dir` (created). */
export function writeSearchDump(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const long = Array.from({ length: 60 }, (_, i) => ({
    year: i < 30 ? 2014 : 2015,
    day: i * 5,
    body: i === 56 ? `I once saw a ${PAGE_TWO_PHRASE} over the old quarry.` : filler(i),
  }));
  const files: Record<string, string> = {
    '001_00000000000000a1.txt': thread('Harbour Talk', 'Lighthouse keepers of the coast', long),
    '002_00000000000000a2.txt': thread('Harbour Talk', 'Songs at dusk', [
      { year: 2016, day: 3, body: `Every morning the ${QUOTED_PHRASE} at dawn by the pier.` },
    ]),
    '003_00000000000000a3.txt': thread('Harbour Talk', 'Strange animals', [
      {
        year: 2016,
        day: 9,
        body: `Pete wrote:\nEvery morning the ${QUOTED_PHRASE} at dawn\n\nSure.`,
      },
    ]),
    '004_00000000000000a4.txt': thread('Garden Chat', `The ${TITLE_WORD} question`, [
      { year: 2019, day: 1, body: 'Which kettle do you use for the garden tea party?' },
    ]),
    '005_00000000000000a5.txt': thread('Garden Chat', 'Kettles', [
      { year: 2019, day: 2, body: `Mine is a ${TITLE_WORD}, it leaks a bit. ${filler(3, 30)}` },
    ]),
    '006_00000000000000a6.txt': thread('Garden Chat', 'Boats in the garden pond', [
      { year: 2020, day: 4, body: filler(5) },
      { year: 2021, day: 4, body: filler(6) },
    ]),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}
