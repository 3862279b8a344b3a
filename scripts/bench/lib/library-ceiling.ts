import { closeSync, openSync, readSync } from 'node:fs';
import { parseRows, isRowLine, isWholeRow } from '../../import/lib/stackexchange/rows.ts';
import { sanitizeBody } from '../../import/lib/stackexchange/sanitize.ts';

/** CPU time the two libraries every post must pass through take over a sample of `Posts.xml`. */
export interface LibraryCeiling {
  /** Bytes of `Posts.xml` sampled (whole rows from the start of the file). */
  sampleBytes: number;
  /** Rows parsed and bodies sanitized. */
  rows: number;
  /** Seconds of this thread's CPU: fast-xml-parser on the rows, in the import's batches. */
  rowSeconds: number;
  /** Seconds of this thread's CPU: parse5 + rehype-sanitize + serializing + plain text of the bodies. */
  bodySeconds: number;
}

// fast-xml-parser takes ~2.5× the CPU per byte on batches of thousands of rows than on tens
// (measured on a generated Posts.xml); the import parses a thread's rows at a time.
const BATCH = 20;

function threadSeconds(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1e6;
}

/** The whole row lines among the first `bytes` of a file. */
function firstRowLines(path: string, bytes: number): { lines: string[]; sampleBytes: number } {
  const buffer = Buffer.allocUnsafe(bytes);
  const fd = openSync(path, 'r');
  const read = (() => {
    try {
      return readSync(fd, buffer, 0, bytes, 0);
    } finally {
      closeSync(fd);
    }
  })();
  // The last line may be cut off by the sample's end: keep whole lines only.
  const sampleBytes = buffer.lastIndexOf(10, read - 1) + 1;
  const lines = buffer
    .toString('utf8', 0, sampleBytes)
    .split('\n')
    .filter((line) => isRowLine(line) && isWholeRow(line));
  return { lines, sampleBytes };
}

/**
 * Times the work no import can skip: parsing every row with fast-xml-parser and sanitizing every
 * body with rehype-sanitize. `sampleBytes / (rowSeconds + bodySeconds)` per core is the most any
 * import built on these libraries can reach, whatever the rest of it costs.
 */
export function measureLibraryCeiling(postsPath: string, bytes: number): LibraryCeiling {
  const { lines, sampleBytes } = firstRowLines(postsPath, bytes);
  const rowsStarted = threadSeconds();
  const bodies: string[] = [];
  for (let start = 0; start < lines.length; start += BATCH) {
    for (const row of parseRows(lines.slice(start, start + BATCH))) bodies.push(row['Body'] ?? '');
  }
  const rowSeconds = threadSeconds() - rowsStarted;
  const bodiesStarted = threadSeconds();
  for (const body of bodies) sanitizeBody(body);
  const bodySeconds = threadSeconds() - bodiesStarted;
  return { sampleBytes, rows: bodies.length, rowSeconds, bodySeconds };
}
