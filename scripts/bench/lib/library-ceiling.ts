import { closeSync, openSync, readSync } from 'node:fs';
import { parseRows, isRowLine, isWholeRow } from '../../import/lib/stackexchange/rows.ts';
import { sanitizeBody, sanitizedTree, serialize } from '../../import/lib/stackexchange/sanitize.ts';
import { threadCpuSeconds } from '../../utils/process-usage.ts';

/** CPU time the libraries every post must pass through take over a sample of `Posts.xml` (best of 3 runs). */
export interface LibraryCeiling {
  /** Bytes of `Posts.xml` sampled (whole rows from the start of the file). */
  sampleBytes: number;
  /** Rows parsed and bodies sanitized. */
  rows: number;
  /** Seconds of this thread's CPU: fast-xml-parser on the rows, in the import's batches. */
  rowSeconds: number;
  /** Seconds: what the issue requires of a body alone (parse5, rehype-sanitize, serializing). */
  sanitizeSeconds: number;
  /** Seconds: the import's whole body step (the above, plus `rel`, image links and plain text). */
  bodySeconds: number;
}

// The import parses a thread's rows at a time: fast-xml-parser takes 2–2.5× the CPU per byte on
// batches of thousands of rows (see `ROWS_PER_BATCH` in rows.ts).
const BATCH = 20;
const WARM_UP_ROWS = 2000;
const RUNS = 3;

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

type Timings = Omit<LibraryCeiling, 'sampleBytes' | 'rows'>;

/** CPU seconds of this thread spent parsing `lines` (in the import's batch size) and on their bodies. */
function timeLibraries(lines: readonly string[]): Timings {
  const timings: Timings = { rowSeconds: 0, sanitizeSeconds: 0, bodySeconds: 0 };
  // Batch by batch, as a worker does, so the sample's rows never pile up in the heap.
  for (let start = 0; start < lines.length; start += BATCH) {
    const parseStarted = threadCpuSeconds();
    const bodies = parseRows(lines.slice(start, start + BATCH)).map((row) => row['Body'] ?? '');
    const sanitizeStarted = threadCpuSeconds();
    for (const body of bodies) serialize(sanitizedTree(body));
    const bodyStarted = threadCpuSeconds();
    for (const body of bodies) sanitizeBody(body);
    timings.rowSeconds += sanitizeStarted - parseStarted;
    timings.sanitizeSeconds += bodyStarted - sanitizeStarted;
    timings.bodySeconds += threadCpuSeconds() - bodyStarted;
  }
  return timings;
}

/**
 * Times the work no import can skip: parsing every row with fast-xml-parser and sanitizing every
 * body with rehype-sanitize. `sampleBytes / (rowSeconds + sanitizeSeconds)` per core is the most
 * any import built on these libraries can reach, whatever the rest of it costs;
 * `sampleBytes / (rowSeconds + bodySeconds)` the most this import can.
 */
export function measureLibraryCeiling(postsPath: string, bytes: number): LibraryCeiling {
  const { lines, sampleBytes } = firstRowLines(postsPath, bytes);
  // Untimed: the import's workers run optimized code for all but their first moments.
  timeLibraries(lines.slice(0, WARM_UP_ROWS));
  // The same work took up to twice the CPU time from one run to the next here: a ceiling is the best.
  let best = timeLibraries(lines);
  for (let run = 1; run < RUNS; run++) {
    const next = timeLibraries(lines);
    if (next.rowSeconds + next.sanitizeSeconds < best.rowSeconds + best.sanitizeSeconds)
      best = next;
  }
  return { sampleBytes, rows: lines.length, ...best };
}
