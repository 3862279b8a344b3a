import { describe, expect, test } from 'vitest';
import {
  integerAttribute,
  isRowBytes,
  isWholeRowBytes,
} from '../../../scripts/import/lib/stackexchange/row-bytes.ts';
import { isRowLine, isWholeRow } from '../../../scripts/import/lib/stackexchange/rows.ts';

const lines = [
  '  <row Id="1" PostTypeId="1" Body="&lt;p&gt;hi" />',
  '<row\tId="22" PostTypeId="2" ParentId="1" />',
  '\u00a0<row Id="3"/>',
  '<rows>',
  '<row/>',
  '<rowId="4" />',
  '  <row Id="5" Body="cut off',
  '<row Id="6" />  \r',
  '<row Body="x Id=&quot;9&quot;" Id="7" />',
  '<row xId="8" Id="9" />',
  '<row Id="" Id="10" />',
  '<row Id="11a" PostTypeId="1" />',
  '<row OwnerUserId="12" />',
  '<row PostId="13" Id="14" />',
  '',
  '/>',
  '<row Body="Zoë Ångström" Id="15" />',
];

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const regexAttribute = (name: string, text: string) =>
  new RegExp(`\\s${name}="(\\d+)"`).exec(text)?.[1];

describe('row bytes', () => {
  test('should tell row lines as the string check does', () => {
    for (const line of lines) expect(isRowBytes(latin1(line)), line).toBe(isRowLine(line));
  });

  test('should tell whole rows as the string check does', () => {
    for (const line of lines) expect(isWholeRowBytes(latin1(line)), line).toBe(isWholeRow(line));
  });

  test('should find the integer attribute the regex finds, and only the attribute', () => {
    for (const name of ['Id', 'PostTypeId', 'ParentId', 'PostId']) {
      const find = integerAttribute(name);
      for (const line of lines) {
        expect(find(latin1(line)), `${name} in ${line}`).toBe(regexAttribute(name, line));
      }
    }
    expect(integerAttribute('Id')(latin1(lines[8]!))).toBe('7');
    expect(integerAttribute('Id')(latin1(lines[9]!))).toBe('9');
  });

  test('should agree with the regexes on random lines of row-like bytes', () => {
    const pieces = [' ', '\t', '\u00a0', 'x', '<row', ' Id="', 'Id="', '"', '12', '3', '/>', '='];
    let seed = 11;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const find = integerAttribute('Id');
    for (let i = 0; i < 5000; i++) {
      let line = '';
      for (let j = random(12); j >= 0; j--) line += pieces[random(pieces.length)];
      const bytes = latin1(line);
      expect(isRowBytes(bytes), line).toBe(isRowLine(line));
      expect(isWholeRowBytes(bytes), line).toBe(isWholeRow(line));
      expect(find(bytes), line).toBe(regexAttribute('Id', line));
    }
  });
});
