import type { Rng } from './rng.ts';

/** What later replies of the same thread can quote: each earlier post's author and paragraphs. */
export interface ThreadMemory {
  authors: string[];
  paragraphs: string[][];
}

/**
 * The lines of a quote: `<name> wrote:`, a paragraph of one of the last ten posts (long ones
 * sometimes cut with ` ...`), then a blank line. The dump does not mark where a quote ends, so the
 * paragraph is plain body text; empty when the chosen post had no prose to quote.
 */
export function quoteEarlierPost(rng: Rng, memory: ThreadMemory): string[] {
  const from = Math.max(0, memory.paragraphs.length - 10);
  const post = rng.int(from, memory.paragraphs.length - 1);
  const quotable = memory.paragraphs[post] ?? [];
  if (quotable.length === 0) return [];
  let text = rng.pick(quotable);
  const cut = text.indexOf(' ', 200);
  if (cut > 0 && text.length > 300 && rng.chance(0.5)) text = `${text.slice(0, cut)} ...`;
  const attribution = `${memory.authors[post] ?? 'Guest'} wrote:`;
  return rng.chance(0.3) ? [attribution, '', text, ''] : [attribution, text, ''];
}
