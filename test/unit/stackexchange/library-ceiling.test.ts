import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { measureLibraryCeiling } from '../../../scripts/bench/lib/library-ceiling.ts';
import { tempDir } from '../../helpers/cli.ts';

describe('the Stack Exchange benchmark’s library ceiling', () => {
  const row = (id: number) =>
    `  <row Id="${id}" PostTypeId="1" CreationDate="2020-01-01T00:00:00.000" Body="&lt;p&gt;post ${id}&lt;/p&gt;" />`;
  const text = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<posts>',
    row(1),
    row(2),
    row(3),
    '</posts>',
    '',
  ].join('\n');

  test('should time the whole rows of the sample and stop at its last whole line', () => {
    const path = join(tempDir('ceiling'), 'Posts.xml');
    writeFileSync(path, text);
    const cut = text.indexOf(row(3)) + 10;
    const ceiling = measureLibraryCeiling(path, cut);
    expect(ceiling.sampleBytes).toBe(text.indexOf(row(3)));
    expect(ceiling.rows).toBe(2);
    expect(ceiling.rowSeconds).toBeGreaterThanOrEqual(0);
    expect(ceiling.sanitizeSeconds).toBeGreaterThanOrEqual(0);
    expect(ceiling.bodySeconds).toBeGreaterThanOrEqual(0);
  });

  test('should take every row when the sample is larger than the file', () => {
    const path = join(tempDir('ceiling-all'), 'Posts.xml');
    writeFileSync(path, text);
    const ceiling = measureLibraryCeiling(path, 1024 * 1024);
    expect(ceiling.sampleBytes).toBe(Buffer.byteLength(text));
    expect(ceiling.rows).toBe(3);
  });
});
