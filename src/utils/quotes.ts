/**
 * LaTeX-style quotes (``…'' and `…') as typographic quotes. Marks are paired within a line only;
 * an unpaired mark is not a quote and is left as written, since guessing would change the text.
 */

/** A paired quote mark: `text.slice(start, start + source.length) === source`. */
export interface QuoteMark {
  start: number;
  source: '``' | "''" | '`' | "'";
  value: '“' | '”' | '‘' | '’';
}

/** A range of the text where quote marks are not looked for (a link, say). */
export interface Range {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The paired quote marks of `text`, in order, skipping marks inside `skip` (sorted ranges). */
export function findQuoteMarks(text: string, skip: readonly Range[] = []): QuoteMark[] {
  const paired: QuoteMark[] = [];
  let openDouble: number | null = null;
  let openSingle: number | null = null;
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    while (skip[next] !== undefined && i >= skip[next]!.end) next++;
    const range = skip[next];
    if (range && i >= range.start) {
      i = range.end - 1;
      continue;
    }
    const char = text[i];
    if (char === '\n') {
      openDouble = openSingle = null;
    } else if (char === '`' && text[i + 1] === '`') {
      openDouble = i++;
    } else if (char === "'" && text[i + 1] === "'") {
      if (openDouble !== null) {
        paired.push({ start: openDouble, source: '``', value: '“' });
        paired.push({ start: i, source: "''", value: '”' });
        openDouble = null;
      }
      i++;
    } else if (char === '`') {
      openSingle = i;
    } else if (char === "'" && openSingle !== null && !WORD_CHAR.test(text[i + 1] ?? '')) {
      // An apostrophe inside a word (don't, Stalin's) does not close a quote.
      paired.push({ start: openSingle, source: '`', value: '‘' });
      paired.push({ start: i, source: "'", value: '’' });
      openSingle = null;
    }
  }
  return paired.sort((a, b) => a.start - b.start);
}
