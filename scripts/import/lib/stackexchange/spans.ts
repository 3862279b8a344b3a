import { forEachLine, type FileScan } from './lines.ts';
import { isWholeRow } from './rows.ts';

/** The byte ranges of rows, `[offset, length, …]`, grouped by a key read from each row line. */
export interface SpanIndex {
  spans: Map<number, number[]>;
  scan: FileScan;
}

/**
 * Indexes the row lines of `path` by the integer attribute `attribute` (e.g. `PostId` of
 * Comments.xml), keeping only offsets: rows are read back when their group is needed, so memory
 * grows with the number of rows, not with their text.
 */
export function indexRowsBy(path: string, attribute: string): SpanIndex {
  // Attribute values escape `"`, so `PostId="` can only match the attribute itself.
  const pattern = new RegExp(`\\s${attribute}="(\\d+)"`);
  const spans = new Map<number, number[]>();
  const scan = forEachLine(path, (line, offset) => {
    const text = line.toString('latin1');
    const match = pattern.exec(text);
    if (!match || !isWholeRow(text)) return;
    const key = Number(match[1]);
    const group = spans.get(key);
    if (group) group.push(offset, line.length);
    else spans.set(key, [offset, line.length]);
  });
  return { spans, scan };
}
