import { writeFileSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { minuteOf, parseTags, tagIdOf } from '../../../scripts/import/lib/stackexchange/index.ts';
import {
  forEachLine,
  readSpans,
  spanReader,
} from '../../../scripts/import/lib/stackexchange/lines.ts';
import { parseRows, parseRowsLenient } from '../../../scripts/import/lib/stackexchange/rows.ts';
import { tempDir } from '../../helpers/cli.ts';

describe('forEachLine', () => {
  test('should give every line with the byte offset readSpans reads it back from', () => {
    const file = join(tempDir('se-lines'), 'x.xml');
    const long = 'é'.repeat(3 * 1024 * 1024); // 6 MB: longer than one read
    writeFileSync(file, `a\r\n${long}\n\nlast`);
    const seen: Array<[string, number, number]> = [];
    const scan = forEachLine(file, (line, offset) =>
      seen.push([line.toString('utf8'), offset, line.length]),
    );
    expect(seen.map(([text]) => text.length)).toEqual([2, long.length, 0, 4]);
    expect(seen[0]![0]).toBe('a\r');
    const fd = openSync(file, 'r');
    expect(
      readSpans(
        fd,
        seen.flatMap(([, offset, length]) => [offset, length]),
      ),
    ).toEqual(seen.map(([text]) => text));
    closeSync(fd);
    expect(scan.bytes).toBe(Buffer.byteLength(`a\r\n${long}\n\nlast`));
    expect(scan.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('spanReader', () => {
  test('should read the same rows as readSpans, whether they lie close together or far apart', () => {
    const file = join(tempDir('se-spans'), 'x.xml');
    const rows = ['<row Id="1" Body="déjà" />', '<row Id="2" />', '<row Id="3" Body="出汁" />'];
    const gap = 'x'.repeat(100_000);
    writeFileSync(file, `${rows[0]}\n${rows[1]}\n${gap}\n${rows[2]}\n`);
    const spans: number[] = [];
    forEachLine(file, (line, offset) => {
      if (line[0] === 0x3c) spans.push(offset, line.length);
    });
    const fd = openSync(file, 'r');
    try {
      const near = [spans.slice(0, 2), spans.slice(2, 4)];
      const together = spanReader(fd, near);
      expect(near.map((group) => together(group))).toEqual([[rows[0]], [rows[1]]]);
      const apart = spanReader(fd, [spans.slice(0, 2), spans.slice(4)]);
      expect(apart(spans.slice(4))).toEqual(readSpans(fd, spans.slice(4)));
      expect(apart(spans.slice(0, 2))).toEqual([rows[0]]);
    } finally {
      closeSync(fd);
    }
  });
});

describe('parseRows', () => {
  test('should decode XML, numeric and HTML entities and keep every value a string', () => {
    const [row] = parseRows([
      '<row Id="007" Score="-3" Body="&lt;p&gt;&amp;amp; caf&#233; &#x1F600; &quot;q&quot;&#xA;&lt;/p&gt;" Title="a&nbsp;b" />',
    ]);
    expect(row).toEqual({
      Id: '007',
      Score: '-3',
      Body: '<p>&amp; café 😀 "q"\n</p>',
      Title: 'a\u00a0b',
    });
  });

  test('should not expand entities declared by a DOCTYPE smuggled into a row', () => {
    const rows = parseRowsLenient(
      [
        '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
        '<row Id="1" Body="&b;" />',
      ],
      () => {},
    );
    expect(rows.every((row) => !(row['Body'] ?? '').includes('aaaaaaaaaa'))).toBe(true);
  });
});

describe('Stack Exchange fields', () => {
  test('should truncate dates to the minute and refuse anything else', () => {
    expect(minuteOf('2015-04-11T14:58:12.345')).toBe('2015-04-11T14:58');
    expect(minuteOf('2015-04-11T14:58:12')).toBe('2015-04-11T14:58');
    expect(minuteOf('2015-13-11T14:58:12.345')).toBeUndefined();
    expect(minuteOf('11 Apr 2015')).toBeUndefined();
    expect(minuteOf(undefined)).toBeUndefined();
  });

  test('should read tags in both forms, without duplicates or empty names', () => {
    expect(parseTags('<c#><.net><c#>')).toEqual(['c#', '.net']);
    expect(parseTags('|python|pandas||')).toEqual(['python', 'pandas']);
    expect(parseTags(undefined)).toEqual([]);
  });

  test('should give tags distinct URL-safe ids', () => {
    const ids = ['c', 'c#', 'c++', '.net', 'net', 'ラーメン'].map(tagIdOf);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z-]+$/);
    expect(tagIdOf('python-3.x')).toMatch(/^python-3-x-[0-9a-f]{8}$/);
    expect(tagIdOf('python')).toBe('python');
  });
});
