import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstInvalidUtf8,
  formatThreadFile,
  parseThreadFile,
  type ParseResult,
} from '../../../scripts/parse/index.ts';
import { blanks, bodyLine, character, header, lineText, name, terminator } from './arbitraries.ts';
import { lineCountOf, utf8 } from './helpers.ts';
import { referenceBody, referenceParse } from './reference.ts';

const numRuns = 10_000;
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

/** A valid thread file as lines, plus what parsing it must give. */
const validThread = fc
  .record({
    bom: fc.boolean(),
    forum: fc.tuple(blanks, name, blanks),
    title: fc.tuple(blanks, name, blanks),
    preamble: fc.array(blanks, { maxLength: 3 }),
    posts: fc.array(
      fc.record({ header, trailing: blanks, lines: fc.array(bodyLine, { maxLength: 6 }) }),
      {
        minLength: 1,
        maxLength: 5,
      },
    ),
    terminators: fc.array(terminator, { minLength: 8, maxLength: 8 }),
    finalNewline: fc.boolean(),
  })
  .map(({ bom, forum, title, preamble, posts, terminators, finalNewline }) => {
    const lines = [forum.join(''), title.join(''), ...preamble];
    const expected = posts.map((post) => {
      lines.push(post.header.line + post.trailing, ...post.lines);
      const line = lines.length - post.lines.length;
      return { line, date: post.header.date, body: referenceBody(post.lines) };
    });
    const text = lines
      .map((line, index) => {
        if (index === lines.length - 1 && !finalNewline) return line;
        // LF after a CR would make the CR part of the terminator: use CRLF then.
        return line + (line.endsWith('\r') ? '\r\n' : terminators[index % terminators.length]);
      })
      .join('');
    // A forum name starting with U+FEFF needs a BOM before it, as the parser drops the first.
    const withBom = bom || text.startsWith('\uFEFF') ? `\uFEFF${text}` : text;
    return { text: withBom, thread: { forum: forum[1], title: title[1], posts: expected } };
  });

/** Most random files fail on line 1 or 2; a valid start lets them reach the posts. */
const prefix = fc.constantFrom(
  '',
  'F\nT\n',
  '\uFEFFF \r\nT\t\r\n\r\n',
  'F\nT\nPost 11 Apr 2015, 14:58\n',
);

/** Bytes that are mostly UTF-8 and mostly thread-like, with stray bytes mixed in. */
const nearlyThreadBytes = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: lineText.map(utf8) },
      { weight: 3, arbitrary: terminator.map(utf8) },
      { weight: 2, arbitrary: header.map((h) => utf8(h.line)) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('Post 31 Apr 2015, 10:00', '\uFEFF', 'F\nT\n').map(utf8),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(
            [0x80],
            [0xbf],
            [0xc0, 0xaf],
            [0xc3],
            [0xe2, 0x82],
            [0xe0, 0x80, 0x80],
            [0xed, 0xa0, 0x80],
            [0xf0, 0x9f, 0x98],
            [0xf4, 0x90, 0x80, 0x80],
            [0xff],
            [0xef, 0xbb],
          )
          .map((bytes) => Uint8Array.from(bytes)),
      },
    ),
    { maxLength: 14 },
  )
  .chain((chunks) => prefix.map((start) => [utf8(start), ...chunks]))
  .map((chunks) => {
    const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    chunks.reduce((offset, chunk) => (out.set(chunk, offset), offset + chunk.length), 0);
    return out;
  });

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
