import { closeSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';

/** Bytes read per system call; lines longer than this grow the buffer. */
const CHUNK = 4 * 1024 * 1024;

/** What a full read of a file learned besides its lines. */
export interface FileScan {
  bytes: number;
  sha256: string;
}

/**
 * Calls `onLine` with every line of `path` (without its `\n`) and the line's byte offset. The line
 * is a view into a reused buffer, valid only during the call: the file is read in chunks and
 * never held whole, which is what lets a 50 GB `Posts.xml` be imported. Hashes the bytes on the way.
 */
export function forEachLine(
  path: string,
  onLine: (line: Buffer, offset: number) => void,
): FileScan {
  const fd = openSync(path, 'r');
  const hash = createHash('sha256');
  let buffer = Buffer.allocUnsafe(CHUNK);
  let bufferOffset = 0; // file offset of buffer[0]
  let start = 0; // first byte of the current, unfinished line
  let end = 0; // end of the bytes read into the buffer
  try {
    for (;;) {
      if (end === buffer.length) {
        if (start > 0) {
          buffer.copy(buffer, 0, start, end);
          bufferOffset += start;
          end -= start;
          start = 0;
        } else {
          const grown = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(grown, 0, 0, end);
          buffer = grown;
        }
      }
      const read = readSync(fd, buffer, end, buffer.length - end, null);
      if (read === 0) break;
      hash.update(buffer.subarray(end, end + read));
      end += read;
      const view = buffer.subarray(0, end);
      for (let nl = view.indexOf(10, start); nl !== -1; nl = view.indexOf(10, start)) {
        onLine(view.subarray(start, nl), bufferOffset + start);
        start = nl + 1;
      }
    }
    if (start < end) onLine(buffer.subarray(start, end), bufferOffset + start);
    return { bytes: bufferOffset + end, sha256: hash.digest('hex') };
  } finally {
    closeSync(fd);
  }
}

/** Reads the byte ranges `[offset, length, offset, length, …]` of an open file as UTF-8 lines. */
export function readSpans(fd: number, spans: readonly number[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < spans.length; i += 2) {
    const length = spans[i + 1]!;
    const buffer = Buffer.allocUnsafe(length);
    readSync(fd, buffer, 0, length, spans[i]!);
    lines.push(buffer.toString('utf8'));
  }
  return lines;
}

/** How much unused file a shared read may span, relative to the rows it fetches. */
const SPREAD = 4;
/** The largest shared read: a huge thread is read row by row, not held twice. */
const MAX_REGION = 8 * 1024 * 1024;

/**
 * A reader for the rows of a batch: when they lie close together in the file, as rows of the same
 * weeks mostly do, one read fetches them all and each row is decoded from it; otherwise each row
 * is read alone (`readSpans`). Saves a system call and an allocation per row.
 */
export function spanReader(
  fd: number,
  groups: readonly (readonly number[])[],
): (spans: readonly number[]) => string[] {
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  let bytes = 0;
  for (const spans of groups) {
    for (let i = 0; i < spans.length; i += 2) {
      start = Math.min(start, spans[i]!);
      end = Math.max(end, spans[i]! + spans[i + 1]!);
      bytes += spans[i + 1]!;
    }
  }
  if (bytes === 0 || end - start > Math.min(SPREAD * bytes, MAX_REGION))
    return (spans) => readSpans(fd, spans);
  const region = Buffer.allocUnsafe(end - start);
  let filled = 0;
  while (filled < region.length) {
    const read = readSync(fd, region, filled, region.length - filled, start + filled);
    if (read === 0) break;
    filled += read;
  }
  return (spans) => {
    const lines: string[] = [];
    for (let i = 0; i < spans.length; i += 2) {
      const from = spans[i]! - start;
      lines.push(region.toString('utf8', from, from + spans[i + 1]!));
    }
    return lines;
  };
}
