import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  attributionName,
  blocksSource,
  parseBody,
  type BodyBlock,
} from '../../../src/utils/body.ts';
import type { InlineNode } from '../../../src/utils/inline.ts';

/** The visible text of inline nodes (typographic quotes as shown). */
const shown = (nodes: readonly InlineNode[]) => nodes.map((node) => node.value).join('');

const paragraphs = (blocks: BodyBlock[]) =>
  blocks.map((block) => (block.type === 'paragraph' ? shown(block.children) : block));

describe('parseBody', () => {
  test('should return no blocks for an empty body', () => {
    expect(parseBody('')).toEqual([]);
  });

  test('should split paragraphs at blank lines and keep single line breaks inside them', () => {
    const blocks = parseBody('one\ntwo\n\nthree');
    expect(paragraphs(blocks)).toEqual(['one\ntwo', 'three']);
    expect(blocks.map((block) => block.blankLinesBefore)).toEqual([0, 1]);
  });

  test('should count a run of blank lines between paragraphs', () => {
    const blocks = parseBody('before\n\n\n\nafter');
    expect(paragraphs(blocks)).toEqual(['before', 'after']);
    expect(blocks[1]?.blankLinesBefore).toBe(3);
  });

  test('should keep indentation and tabs of a line', () => {
    expect(paragraphs(parseBody('  indented\n\ttabbed'))).toEqual(['  indented\n\ttabbed']);
  });

  test('should turn a `<name> wrote:` line into an attribution of the lines after it', () => {
    const blocks = parseBody('Stalin wrote:\nIt is said in that will.\nSecond line.\n\nMy reply.');
    expect(blocks[0]).toMatchObject({
      type: 'quote',
      name: 'Stalin',
      attribution: 'Stalin wrote:',
      blankLinesInside: 0,
    });
    expect(blocks[0]?.type === 'quote' && shown(blocks[0].children)).toBe(
      'It is said in that will.\nSecond line.',
    );
    expect(paragraphs(blocks.slice(1))).toEqual(['My reply.']);
  });

  test('should keep trailing spaces of an attribution line in the attribution', () => {
    expect(parseBody('Alice wrote:  \nquoted')[0]).toMatchObject({
      type: 'quote',
      name: 'Alice',
      attribution: 'Alice wrote:  ',
    });
  });

  test('should quote the next paragraph when the attribution ends its paragraph', () => {
    const blocks = parseBody('Bob wrote:\n\nquoted passage\n\nreply');
    expect(blocks[0]).toMatchObject({ type: 'quote', name: 'Bob', blankLinesInside: 1 });
    expect(blocks[0]?.type === 'quote' && shown(blocks[0].children)).toBe('quoted passage');
    expect(paragraphs(blocks.slice(1))).toEqual(['reply']);
  });

  test('should split a paragraph at an attribution line inside it', () => {
    const blocks = parseBody('As said before:\nCarol wrote:\nthe quote');
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'quote']);
    expect(blocks[1]?.blankLinesBefore).toBe(0);
  });

  test('should give an attribution with nothing after it an empty passage', () => {
    expect(parseBody('text\n\nDave wrote:')[1]).toMatchObject({ type: 'quote', children: [] });
  });

  test('should not treat a line that merely contains "wrote:" as an attribution', () => {
    expect(attributionName('He wrote: this')).toBeNull();
    expect(attributionName(' wrote:')).toBeNull();
    expect(attributionName('wrote:')).toBeNull();
    expect(attributionName('  Eve wrote:')).toBeNull();
    expect(attributionName('Eve wrote:')).toBe('Eve');
  });

  test('should keep hostile markup as plain text nodes', () => {
    const body = '<script>alert(1)</script>\n<img src=x onerror=alert(1)>';
    const blocks = parseBody(body);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.children).toEqual([{ type: 'text', value: body }]);
  });

  test('should show LaTeX quotes as typographic quotes', () => {
    expect(paragraphs(parseBody("a ``double'' and `single' quote"))).toEqual([
      'a “double” and ‘single’ quote',
    ]);
  });
});

describe('losslessness', () => {
  // Lines built from the characters that matter to the parser, plus arbitrary text.
  const line = fc
    .array(
      fc.oneof(
        fc.constantFrom('`', "'", '``', "''", ' ', '\t', 'x', 'http://a.b/c', ' wrote:', '  '),
        fc.string({ unit: 'grapheme', maxLength: 6 }).filter((text) => !text.includes('\n')),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(''));
  const body = fc.array(fc.oneof(line, fc.constant(''), fc.constant('Name wrote:')), {
    maxLength: 12,
  });

  test('should keep every non-newline character of the body in order', () => {
    fc.assert(
      fc.property(body, (lines) => {
        const text = lines.join('\n');
        expect(blocksSource(parseBody(text))).toBe(text.replaceAll('\n', ''));
      }),
      { numRuns: 500 },
    );
  });

  test('should keep the number of blank lines between blocks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z][a-z ]{0,8}$/), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 5 }),
        (texts, gaps) => {
          const text = texts.map((t, i) => (i === 0 ? t : '\n'.repeat(gaps[i - 1]! + 1) + t));
          const blocks = parseBody(text.join(''));
          expect(blocks.map((block) => block.blankLinesBefore)).toEqual(
            texts.map((_, i) => (i === 0 ? 0 : gaps[i - 1])),
          );
        },
      ),
    );
  });
});
