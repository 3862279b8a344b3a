import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeJsonArray } from '../../../scripts/records/index.ts';
import { tempDir } from '../../helpers/cli.ts';

const entry = (i: number) => ({
  id: `t${i}`,
  title: i % 3 ? `Thread ${i}` : `Тема "${i}" 日本`,
  n: i,
});

describe('writeJsonArray', () => {
  // Around the slice size (4,096 entries) and well past it, so every join between slices is hit.
  test.each([0, 1, 4095, 4096, 4097, 8192, 8193, 20_000])(
    'should write the bytes of JSON.stringify for %i entries',
    (count) => {
      const entries = Array.from({ length: count }, (_, i) => entry(i));
      const path = join(tempDir('json-array'), 'list.json');
      writeJsonArray(path, entries);
      expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(entries));
    },
  );
});
