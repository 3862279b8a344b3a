/**
 * A text post's body as the thread page shows it, reduced to what search needs: paragraphs and
 * quoted passages as plain text. The same reading as `src/utils/body.ts` (a `<name> wrote:` line
 * quotes the run of lines after it) without its inline parsing (links, quote marks), which only
 * matters for display and costs more than everything else the index stage does.
 */
import { attributionName } from '../../../src/utils/body.ts';

/** Own text of the post, or a quoted passage with its attribution line. */
export type Passage =
  { quote: false; text: string } | { quote: true; attribution: string; text: string };

/** Splits `body` into passages; blank lines only separate them. */
export function splitPassages(body: string): Passage[] {
  const lines = body === '' ? [] : body.split('\n');
  const passages: Passage[] = [];
  let i = 0;
  const textRun = (): string => {
    const start = i;
    while (i < lines.length && lines[i] !== '' && attributionName(lines[i]!) === null) i++;
    return lines.slice(start, i).join('\n');
  };
  while (i < lines.length) {
    const line = lines[i]!;
    if (line === '') {
      i++;
    } else if (attributionName(line) === null) {
      passages.push({ quote: false, text: textRun() });
    } else {
      let next = i + 1;
      while (lines[next] === '') next++;
      const hasText = next < lines.length && attributionName(lines[next]!) === null;
      i = hasText ? next : i + 1;
      passages.push({ quote: true, attribution: line, text: hasText ? textRun() : '' });
    }
  }
  return passages;
}
