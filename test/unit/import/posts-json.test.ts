import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { JsonBytes } from '../../../scripts/import/lib/text/posts-json.ts';
import { parseThreadFile, scanThreadFile } from '../../../scripts/parse/index.ts';
import { nearlyThreadBytes, validThread } from '../parse/arbitraries.ts';

const decoder = new TextDecoder();

/** What `JsonBytes` wrote, as text. */
function written(json: JsonBytes): string {
  return decoder.decode(json.bytes.subarray(0, json.length));
}

/** Bodies as a parsed dump can hold them: any well-formed text, control characters included. */
const body = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({
    unit: fc.constantFrom('\n', '\t', '"', '\\', '\u0000', '\u001f', '\u007f', 'é', '😀'),
  }),
  fc.string({ unit: 'binary' }),
);
const date = fc.constantFrom('2015-04-11T14:58', '1999-12-31T23:59');

describe('JsonBytes', () => {
  test('should write the UTF-8 of JSON.stringify for any well-formed string', () => {
    fc.assert(
      fc.property(body, (text) => {
        const json = new JsonBytes();
        json.string(text);
        expect(written(json)).toBe(JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('should write the UTF-8 of JSON.stringify of a text thread’s post records', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ date, body }), { maxLength: 8 }), (posts) => {
        const json = new JsonBytes();
        json.posts(posts);
        const records = posts.map((post, i) => ({
          n: i + 1,
          date: post.date,
          author: null,
          body: post.body,
        }));
        expect(written(json)).toBe(JSON.stringify(records));
      }),
    );
  });

  test('should write from a scanned file the bytes it writes for the parsed posts', () => {
    const encoder = new TextEncoder();
    const files = fc.oneof(
      validThread.map(({ text }) => encoder.encode(text)),
      nearlyThreadBytes,
    );
    // Anywhere in a larger buffer: the body loop reads the buffer four bytes at a time.
    const around = fc.uint8Array({ maxLength: 7 });
    const checked = { scanned: 0 };
    fc.assert(
      fc.property(files, around, around, (file, before, after) => {
        const buffer = new Uint8Array(before.length + file.length + after.length);
        buffer.set(before);
        buffer.set(file, before.length);
        buffer.set(after, before.length + file.length);
        const placed = buffer.subarray(before.length, before.length + file.length);
        const parsed = parseThreadFile(placed);
        const scanned = scanThreadFile(placed);
        if (!parsed.ok || !scanned.ok) return;
        checked.scanned++;
        const expected = new JsonBytes();
        expected.posts(parsed.thread.posts);
        const json = new JsonBytes();
        json.scannedPosts(placed, scanned.thread.posts);
        expect(written(json)).toBe(written(expected));
      }),
      { numRuns: 3000 },
    );
    expect(checked.scanned).toBeGreaterThan(1000);
  });

  test('should escape exactly the bytes that need it at every place in a four-byte word', () => {
    // Neighbours of the escaped bytes, which a word-at-a-time test must tell from them.
    const near = [' ', '!', '#', '[', ']', '\u007f', '\u0080', 'é', '€', '😀', 'a'];
    const escaped = ['\n', '\t', '\r', '"', '\\', '\u0000', '\u001f', '\u0008'];
    const json = new JsonBytes();
    for (const filler of near) {
      for (const special of [...escaped, filler]) {
        for (let before = 0; before < 9; before++) {
          for (let after = 0; after < 6; after++) {
            const text = filler.repeat(before) + special + filler.repeat(after);
            json.length = 0;
            json.string(text);
            expect(written(json)).toBe(JSON.stringify(text));
          }
        }
      }
    }
  });

  test('should grow past its first buffer and keep what it wrote', () => {
    const json = new JsonBytes();
    const long = '"\n'.repeat(400_000) + 'ü'.repeat(300_000);
    json.string('first');
    json.string(long);
    expect(json.bytes.length).toBeGreaterThan(1 << 20);
    expect(written(json)).toBe(JSON.stringify('first') + JSON.stringify(long));
  });
});
