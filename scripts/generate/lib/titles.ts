import { civilFromMinutes, FIRST_MINUTE, formatHeader, LAST_MINUTE } from './dates.ts';
import type { Rng } from './rng.ts';
import { generateSentence } from './sentence.ts';
import { cjkSentence, EMOJI } from './unicode.ts';
import type { Vocabulary } from './vocabulary.ts';

const PREFIXES = ['[SOLVED] ', 'Re: ', '[Help] ', 'HELP: ', '(poll) ', 'Q: ', '*** ', '[WIP] '];
const PUNCTUATION_ONLY = [
  '?',
  '???',
  '!!!',
  '...',
  '?!?!',
  '-_-',
  '<>',
  '***',
  ':-)',
  '#',
  '&&',
  '…',
  '¿¡',
];
const MARKUP_LOOKALIKES = [
  'Why does <br> not work & what is &nbsp;?',
  '<b>bold</b> text in [b]BBCode[/b] & **Markdown**',
  '{{template}} and ${variable} in titles?',
  '---\ntitle: front matter?\n---',
];

/**
 * A thread title: mostly a short capitalised phrase or question, sometimes tagged; rarely very
 * long (200+ characters), punctuation only, CJK, emoji, markup-looking plain text, or shaped like
 * a post header (line 2 is never a header, so that is valid).
 */
export function generateTitle(rng: Rng, vocabulary: Vocabulary): string {
  const roll = rng.float();
  if (roll < 0.01) return longTitle(rng, vocabulary);
  if (roll < 0.013) return rng.pick(PUNCTUATION_ONLY);
  if (roll < 0.023) return cjkSentence(rng, 3, 20);
  if (roll < 0.028) return `${rng.pick(EMOJI)} ${phrase(rng, vocabulary)} ${rng.pick(EMOJI)}`;
  if (roll < 0.031) return rng.pick(MARKUP_LOOKALIKES).replaceAll('\n', ' ');
  if (roll < 0.032) {
    const minute = FIRST_MINUTE + Math.floor(rng.float() * (LAST_MINUTE - FIRST_MINUTE));
    return formatHeader(civilFromMinutes(minute));
  }
  const prefix = rng.chance(0.08) ? rng.pick(PREFIXES) : '';
  const suffix = rng.pick([
    '',
    '',
    '',
    '?',
    '?',
    '!',
    '...',
    ' ?',
    '?!',
    ' (long)',
    ': ',
    ' - part 2',
  ]);
  return `${prefix}${phrase(rng, vocabulary)}${suffix}`.trim();
}

function phrase(rng: Rng, vocabulary: Vocabulary): string {
  const count = rng.int(1, 10);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(vocabulary.word(rng));
  if (rng.chance(0.05))
    words.splice(rng.int(0, words.length), 0, `v${rng.int(1, 9)}.${rng.int(0, 20)}`);
  if (rng.chance(0.05))
    words.splice(
      rng.int(0, words.length),
      0,
      rng.pick(['C++', 'C#', 'A/B', '50%', '&', '"quoted"', "it's", '(?)']),
    );
  const first = words[0] as string;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return words.join(' ');
}

function longTitle(rng: Rng, vocabulary: Vocabulary): string {
  let title = generateSentence(rng, vocabulary);
  while (title.length < 200) title += ` ${generateSentence(rng, vocabulary)}`;
  return title;
}
