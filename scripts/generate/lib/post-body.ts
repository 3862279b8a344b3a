import { generateFakeHeader } from './fake-headers.ts';
import { generateCode, generateList, generateParagraph, hardWrap } from './paragraph.ts';
import type { Rng } from './rng.ts';
import { quoteEarlierPost, type ThreadMemory } from './quote.ts';
import { EMOJI } from './unicode.ts';
import type { Vocabulary } from './vocabulary.ts';
import { createWeightedSampler } from './weighted.ts';

/** A generated post body: the exact text between its header and the next (lines joined by LF). */
export interface GeneratedBody {
  body: string;
  /** The prose paragraphs, for later quotes. */
  paragraphs: string[];
}

const STOCK = [
  'Thanks!',
  '+1',
  'bump',
  'Agreed.',
  'Same problem here.',
  'lol',
  'Thank you, that solved it.',
  'This.',
  '谢谢',
  'Merci beaucoup !',
  '¡Gracias!',
  'Danke schön',
  '^ this',
  'Any news?',
  '???',
];
const BLOCKS = createWeightedSampler([24, 30, 20, 11, 6, 4, 2, 1, 1, 1]);
const TRAILING = [' ', '  ', '\t', ' \t '];

/**
 * One post body. About 1% are empty (or whitespace only), 8% a stock one-liner; the rest are
 * prose paragraphs with lists, indented code, header look-alikes, signatures, blank-line runs,
 * stray trailing whitespace, hard wrapping, and in ~15% of replies a `Name wrote:` quote of a
 * paragraph from an earlier post of the thread.
 */
export function generateBody(
  rng: Rng,
  vocabulary: Vocabulary,
  memory: ThreadMemory,
): GeneratedBody {
  const roll = rng.float();
  if (roll < 0.01) return { body: rng.pick(['', '', '', '\n', ' ', '\t\n  ']), paragraphs: [] };
  if (roll < 0.09) {
    const line = rng.pick(STOCK) + (rng.chance(0.2) ? ` ${rng.pick(EMOJI)}` : '');
    return { body: rng.chance(0.4) ? `${line}\n` : line, paragraphs: [line] };
  }
  const lines: string[] = [];
  const paragraphs: string[] = [];
  if (rng.chance(0.03)) lines.push('');
  if (memory.paragraphs.length > 0 && rng.chance(0.17))
    lines.push(...quoteEarlierPost(rng, memory));
  const width = rng.chance(0.08) ? rng.int(60, 80) : 0;
  const blocks = BLOCKS.sample(rng) + 1;
  for (let block = 0; block < blocks; block++) {
    if (block > 0) separate(rng, lines);
    const kind = rng.float();
    if (kind < 0.04) lines.push(...generateList(rng, vocabulary));
    else if (kind < 0.07) lines.push(...generateCode(rng, vocabulary));
    else if (kind < 0.078) lines.push(generateFakeHeader(rng));
    else {
      const paragraph = generateParagraph(rng, vocabulary);
      paragraphs.push(paragraph);
      lines.push(...(width > 0 ? hardWrap(paragraph, width) : [paragraph]));
    }
  }
  if (rng.chance(0.03))
    lines.push(
      '',
      '-- ',
      rng.pick(['Sent from my phone', 'My blog: no longer online', '¯\\_(ツ)_/¯', '73 de DL1ABC']),
    );
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '' && rng.chance(0.02)) lines[i] += rng.pick(TRAILING);
  }
  if (rng.chance(0.5)) lines.push('');
  return { body: lines.join('\n'), paragraphs };
}

// Usually one blank line between blocks; sometimes none (as in the sample), sometimes a run.
function separate(rng: Rng, lines: string[]): void {
  const roll = rng.float();
  if (roll < 0.15) return;
  lines.push('');
  if (roll > 0.95)
    for (let extra = rng.int(1, 3); extra > 0; extra--) lines.push(rng.chance(0.2) ? ' ' : '');
}
