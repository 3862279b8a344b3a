import { closeSync, openSync, readSync } from 'node:fs';
import { parseRows, isRowLine, isWholeRow } from '../../import/lib/stackexchange/rows.ts';
import { sanitizeBody } from '../../import/lib/stackexchange/sanitize.ts';

/** CPU time the two libraries every post must pass through take over a sample of `Posts.xml` (best of 3 runs). */
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
const WARM_UP_ROWS = 2000;
const RUNS = 3;

function threadSeconds(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1e6;
}

/** The whole row lines among the first `bytes` of a file. */
function firstRowLines(path: string, bytes: number): { lines: string[]; sampleBytes: number } {
  const buffer = Buffer.allocUnsafe(bytes);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, buffer, 0, bytes, 0);
  } finally {
    closeSync(fd);
  }
  // The last line may be cut off by the sample's end: keep whole lines only.
  const sampleBytes = buffer.lastIndexOf(10, read - 1) + 1;
  const lines = buffer
    .toString('utf8', 0, sampleBytes)
    .split('\n')
    .filter((line) => isRowLine(line) && isWholeRow(line));
  return { lines, sampleBytes };
}

/** CPU seconds of this thread spent parsing `lines` (in the import's batch size) and sanitizing their bodies. */
function timeLibraries(lines: readonly string[]): { rowSeconds: number; bodySeconds: number } {
  let rowSeconds = 0;
  let bodySeconds = 0;
  // Batch by batch, as a worker does, so the sample's rows never pile up in the heap.
  for (let start = 0; start < lines.length; start += BATCH) {
    const parseStarted = threadSeconds();
    const rows = parseRows(lines.slice(start, start + BATCH));
    const sanitizeStarted = threadSeconds();
    for (const row of rows) sanitizeBody(row['Body'] ?? '');
    rowSeconds += sanitizeStarted - parseStarted;
    bodySeconds += threadSeconds() - sanitizeStarted;
  }
  return { rowSeconds, bodySeconds };
}

/**
 * Times the work no import can skip: parsing every row with fast-xml-parser and sanitizing every
 * body with rehype-sanitize. `sampleBytes / (rowSeconds + bodySeconds)` per core is the most any
 * import built on these libraries can reach, whatever the rest of it costs.
 */
export function measureLibraryCeiling(postsPath: string, bytes: number): LibraryCeiling {
  const { lines, sampleBytes } = firstRowLines(postsPath, bytes);
  // Untimed: the import's workers run optimized code for all but their first moments.
  timeLibraries(lines.slice(0, WARM_UP_ROWS));
  // The same work took 3.1–5.9 CPU seconds from one run to the next here: a ceiling is the best.
  let best = timeLibraries(lines);
  for (let run = 1; run < RUNS; run++) {
    const next = timeLibraries(lines);
    if (next.rowSeconds + next.bodySeconds < best.rowSeconds + best.bodySeconds) best = next;
  }
  return { sampleBytes, rows: lines.length, ...best };
}
