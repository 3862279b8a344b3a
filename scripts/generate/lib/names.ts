import type { Rng } from './rng.ts';
import type { Vocabulary } from './vocabulary.ts';

const GIVEN = [
  'José',
  'Zoë',
  'Björn',
  'Ørjan',
  'Łukasz',
  'François',
  'Siobhán',
  'Ahmed',
  'Mary',
  'Ivan',
  'Chen',
  'Ngozi',
];
const WHOLE = [
  '李明',
  '田中さん',
  'Дмитрий',
  'Νίκος',
  'admin',
  'Guest',
  'Moderator',
  'wh7267',
  'Yeqon',
];

/**
 * A forum user name as it appears in `<name> wrote:` lines: handles, handles with digits,
 * underscores, titles, non-Latin names. The dump carries no authors, so names live only in quotes.
 */
export function generateUserName(rng: Rng, vocabulary: Vocabulary): string {
  const word = (): string => vocabulary.words[rng.int(200, 20_000)] as string;
  const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
  switch (rng.int(0, 7)) {
    case 0:
      return `${word()}${rng.int(1, 9999)}`;
    case 1:
      return `${word()}_${word()}`;
    case 2:
      return `${rng.pick(['Comrade', 'Dr.', 'Mr', 'Lady', 'Captain'])} ${capital(word())}`;
    case 3:
      return rng.chance(0.5) ? rng.pick(GIVEN) : rng.pick(WHOLE);
    case 4:
      return `${rng.pick(GIVEN)} ${capital(word()).slice(0, 1)}.`;
    default:
      return capital(word());
  }
}
