import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstInvalidUtf8,
  formatThreadFile,
  parseThreadFile,
  scanThreadFile,
  type ParseResult,
} from '../../../scripts/parse/index.ts';
import {
  bodyLine,
  character,
  header,
  name,
  nearlyThreadBytes,
  prefix,
  validThread,
} from './arbitraries.ts';
import { lineCountOf, utf8 } from './helpers.ts';
import { referenceBody, referenceParse } from './reference.ts';

const numRuns = 10_000;
// A body may start with U+FEFF, which a default TextDecoder would drop.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const timeout = 60_000;
const reasons = [
  'invalid-utf8',
  'empty-file',
  'empty-forum-name',
  'missing-title',
  'empty-title',
  'text-before-first-post',
  'no-posts',
  'invalid-date',
];

/** What a result says, in the reference model's shape. */
function summary(result: ParseResult) {
  return result.ok ? result : { ok: false, reason: result.issue.reason, line: result.issue.line };
}

/** Checks every result: known reason, a line inside the file (line 2 for a missing title). */
function checkResult(bytes: Uint8Array, result: ParseResult): void {
  if (result.ok) return;
  const { reason, line, message } = result.issue;
  expect(reasons).toContain(reason);
  expect(message).not.toBe('');
  if (reason === 'invalid-utf8') expect(message).toContain('UTF-8');
  if (line === null) return;
  expect(Number.isInteger(line) && line >= 1).toBe(true);
  expect(line).toBeLessThanOrEqual(reason === 'missing-title' ? 2 : lineCountOf(bytes));
}

describe('parser properties', () => {
  it(
    'should reproduce every post of a generated valid thread',
    () => {
      fc.assert(
        fc.property(validThread, ({ text, thread }) => {
          expect(parseThreadFile(utf8(text))).toEqual({ ok: true, thread });
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'should round-trip through formatThreadFile',
    () => {
      const thread = fc.record({
        forum: name,
        title: name,
        posts: fc.array(
          fc.record({
            date: header.map((h) => h.date),
            body: fc.array(bodyLine, { maxLength: 6 }).map(referenceBody),
          }),
          { minLength: 1, maxLength: 5 },
        ),
      });
      fc.assert(
        fc.property(thread, (original) => {
          const result = parseThreadFile(utf8(formatThreadFile(original)));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const { posts, ...rest } = result.thread;
          expect({ ...rest, posts: posts.map(({ date, body }) => ({ date, body })) }).toEqual(
            original,
          );
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'should never throw on arbitrary bytes, and agree with the reference reading',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.uint8Array({ maxLength: 80 }), nearlyThreadBytes), (bytes) => {
          const result = parseThreadFile(bytes);
          checkResult(bytes, result);
          expect(summary(result)).toEqual(referenceParse(bytes));
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'should never throw on arbitrary text, and agree with the reference reading',
    () => {
      const text = fc.string({
        unit: fc.oneof(
          character,
          fc.constantFrom(
            '\n',
            '\r\n',
            '\n\n',
            '\nPost 11 Apr 2015, 14:58\n',
            '\nPost 29 Feb 2023, 10:00\n',
          ),
        ),
        maxLength: 40,
      });
      fc.assert(
        fc.property(prefix, text, (start, value) => {
          const bytes = utf8(start + value);
          const result = parseThreadFile(bytes);
          checkResult(bytes, result);
          expect(summary(result)).toEqual(referenceParse(bytes));
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'should scan to the verdict it parses to, each body lying where the file holds it',
    () => {
      const files = fc.oneof(
        validThread.map(({ text }) => utf8(text)),
        nearlyThreadBytes,
        fc.uint8Array({ maxLength: 80 }),
      );
      fc.assert(
        fc.property(files, (bytes) => {
          const parsed = parseThreadFile(bytes);
          const scanned = scanThreadFile(bytes);
          if (!parsed.ok) {
            expect(scanned).toEqual(parsed);
            return;
          }
          expect(scanned.ok).toBe(true);
          if (!scanned.ok) return;
          expect(scanned.thread.forum).toBe(parsed.thread.forum);
          expect(scanned.thread.title).toBe(parsed.thread.title);
          expect(scanned.thread.posts).toHaveLength(parsed.thread.posts.length);
          scanned.thread.posts.forEach((post, i) => {
            const { line, date, body } = parsed.thread.posts[i]!;
            expect([post.line, post.date]).toEqual([line, date]);
            const kept =
              post.first === -1 ? '' : decoder.decode(bytes.subarray(post.first, post.last));
            // A clean extent is the body as it is; any other needs only its line ends cleaned.
            if (post.clean) expect(kept).toBe(body);
            else expect(kept.replace(/[ \t]*\r?\n/g, '\n')).toBe(body);
          });
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'should find invalid UTF-8 exactly when a fatal TextDecoder does',
    () => {
      const decoder = new TextDecoder('utf-8', { fatal: true });
      fc.assert(
        fc.property(fc.oneof(fc.uint8Array({ maxLength: 16 }), nearlyThreadBytes), (bytes) => {
          let valid = true;
          try {
            decoder.decode(bytes);
          } catch {
            valid = false;
          }
          const offset = firstInvalidUtf8(bytes);
          expect(offset === -1).toBe(valid);
          // Everything before the reported offset decodes on its own.
          if (!valid) expect(() => decoder.decode(bytes.subarray(0, offset))).not.toThrow();
        }),
        { numRuns },
      );
    },
    timeout,
  );
});
