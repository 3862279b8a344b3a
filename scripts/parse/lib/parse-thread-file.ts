import { Buffer, isUtf8 } from 'node:buffer';
import type { ParseResult, ScanResult } from './types.ts';
import { reject } from './types.ts';
import { bodyOf } from './body.ts';
import { firstInvalidUtf8, lineAt } from './utf8.ts';
import { scanThread } from './scan.ts';

const LF = 0x0a;

/**
 * Parse one thread file's raw bytes against the dump grammar, reporting the first problem in line
 * order. Never throws, whatever the bytes.
 */
export function parseThreadFile(bytes: Uint8Array): ParseResult {
  const result = scanThreadFile(bytes);
  if (!result.ok) return result;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (from: number, to: number) => buffer.toString('utf8', from, to);
  const { forum, title, posts } = result.thread;
  return {
    ok: true,
    thread: {
      forum,
      title,
      posts: posts.map((post) => ({ line: post.line, date: post.date, body: bodyOf(text, post) })),
    },
  };
}

/**
 * `parseThreadFile` without decoding the bodies: each post says where its body lies in `bytes`
 * (`BodyExtent`), for a caller that copies them as bytes (the importer writes them as JSON).
 * The same verdicts, since it is the same scan.
 */
export function scanThreadFile(bytes: Uint8Array): ScanResult {
  // One leading BOM is not text; a second one is (it ends up in the forum name).
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // `isUtf8` is as strict as a fatal TextDecoder (no overlongs, surrogates, truncated sequences)
  // and far faster than decoding the whole file into one string.
  if (isUtf8(bytes)) return scanThread(bytes, start, bytes.length, false) ?? unreachable();

  const offset = firstInvalidUtf8(bytes);
  // The complete lines before the bad one are well-formed and may hold an earlier problem.
  const badLineStart = offset === 0 ? 0 : bytes.lastIndexOf(LF, offset - 1) + 1;
  const earlier = badLineStart > start ? scanThread(bytes, start, badLineStart, true) : null;
  if (earlier !== null) return earlier;
  const shown = Array.from(bytes.subarray(offset, offset + 4), hex).join(' ');
  return reject(
    'invalid-utf8',
    lineAt(bytes, offset),
    `invalid UTF-8 at byte ${offset} (bytes ${shown}…); the dump must be UTF-8: convert the file, e.g. with iconv -t UTF-8`,
  );
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

function unreachable(): never {
  throw new Error('scanThread gives a verdict for a whole file');
}
