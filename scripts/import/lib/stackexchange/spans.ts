import { forEachLine, type FileScan } from './lines.ts';
import { integerAttribute, isWholeRowBytes } from './row-bytes.ts';
import { RowGroups } from './row-groups.ts';

/** The byte ranges of rows, grouped by a key read from each row line. */
export interface SpanIndex {
  spans: RowGroups;
  scan: FileScan;
}

/**
 * Indexes the row lines of `path` by the integer attribute `attribute` (e.g. `PostId` of
 * Comments.xml), keeping only offsets: rows are read back when their group is needed, so memory
 * grows with the number of rows, not with their text.
 */
export function indexRowsBy(path: string, attribute: string): SpanIndex {
  // Attribute values escape `"`, so `PostId="` can only match the attribute itself.
  const keyOf = integerAttribute(attribute);
  const spans = new RowGroups();
  const scan = forEachLine(path, (line, offset) => {
    const key = keyOf(line);
    if (key === undefined || !isWholeRowBytes(line)) return;
    spans.add(spans.claim(Number(key)), offset, line.length);
  });
  return { spans, scan };
}
