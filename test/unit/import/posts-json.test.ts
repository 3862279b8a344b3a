import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { JsonBytes } from '../../../scripts/import/lib/text/posts-json.ts';
import { postRecordsOf } from '../../../scripts/import/lib/text/read-thread.ts';
import { parseThreadFile, scanThreadFile } from '../../../scripts/parse/index.ts';
import { nearlyThreadBytes, validThread } from '../parse/arbitraries.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** What `JsonBytes` wrote, as text. */
function written(json: JsonBytes): string {
  return decoder.decode(json.bytes.subarray(0, json.length));
}

/** `file` at byte `offset` of a larger buffer, with other bytes around it. */
function placed(file: Uint8Array, offset: number, after = 3): Uint8Array {
  const buffer = new Uint8Array(offset + file.length + after).fill(0x0a);
  buffer.set(file, offset);
  return buffer.subarray(offset, offset + file.length);
}

/** `JSON.stringify` of the post records of `file` as the parser reads it, or null if rejected. */
function expectedJson(file: Uint8Array): string | null {
  const parsed = parseThreadFile(file);
  if (!parsed.ok) return null;
  return JSON.stringify(postRecordsOf(parsed.thread));
}

/** What `scannedPosts` writes for `file`. */
function scannedJson(file: Uint8Array, json = new JsonBytes()): string {
  const scanned = scanThreadFile(file);
  if (!scanned.ok) throw new Error(`rejected: ${scanned.issue.message}`);
  json.length = 0;
  json.scannedPosts(file, scanned.thread.posts);
  return written(json);
}

/** A thread file whose one post's body is `body`. */
const threadWith = (body: string) => encoder.encode(`F\nT\nPost 11 Apr 2015, 14:58\n${body}\n`);

describe('JsonBytes.scannedPosts', () => {
  test('should write the UTF-8 of JSON.stringify of a thread’s parsed post records', () => {
    const files = fc.oneof(
      validThread.map(({ text }) => encoder.encode(text)),
      nearlyThreadBytes,
    );
    const checked = { threads: 0 };
    fc.assert(
      // Anywhere in a larger buffer: the body loop reads the buffer four bytes at a time.
      fc.property(files, fc.nat(7), (file, offset) => {
        const expected = expectedJson(file);
        if (expected === null) return;
        checked.threads++;
        expect(scannedJson(placed(file, offset))).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    expect(checked.threads).toBeGreaterThan(1000);
  });

  test('should escape exactly the bytes that need it at every place in a four-byte word', () => {
    // Neighbours of the escaped bytes, which a word-at-a-time test must tell from them.
    const near = ['!', '#', '[', ']', '\u007f', '\u0080', 'é', '€', '😀', 'a'];
    const escaped = ['\t', '\r', '"', '\\', '\u0000', '\u001f', '\u0008'];
    const json = new JsonBytes();
    for (const filler of near) {
      for (const special of [...escaped, filler]) {
        for (let before = 0; before < 9; before++) {
          for (let after = 0; after < 6; after++) {
            const file = threadWith(filler.repeat(before) + special + filler.repeat(after));
            for (let offset = 0; offset < 4; offset++) {
              expect(scannedJson(placed(file, offset), json)).toBe(expectedJson(file));
            }
          }
        }
      }
    }
  });

  test('should drop trailing blanks and CRs of the lines, as the parsed body has them', () => {
    const file = encoder.encode('F\nT\nPost 11 Apr 2015, 14:58\r\n  a \t\r\n\r\n"b"\r \r\nc\r');
    expect(scannedJson(file)).toBe(expectedJson(file));
    expect(JSON.parse(scannedJson(file))[0].body).toBe('  a\n\n"b"\r\nc\r');
  });

  test('should grow past its first buffer and keep what it wrote', () => {
    const json = new JsonBytes();
    const first = threadWith('first');
    const long = threadWith('"\\'.repeat(400_000) + 'ü'.repeat(300_000));
    const scanned = [first, long].map((file) => scanThreadFile(file));
    for (const [i, file] of [first, long].entries()) {
      const result = scanned[i]!;
      if (!result.ok) throw new Error('rejected');
      json.scannedPosts(file, result.thread.posts);
    }
    expect(json.bytes.length).toBeGreaterThan(1 << 20);
    expect(written(json)).toBe(expectedJson(first)! + expectedJson(long)!);
  });
});
