import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { WholeFileReader } from '../../../scripts/read/whole-file.ts';
import { tempDir } from '../../helpers/cli.ts';

/** Bytes that differ from place to place, so a misplaced copy shows. */
function patterned(length: number, seed: number): Buffer {
  return Buffer.from(Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff));
}

describe('WholeFileReader', () => {
  const dir = tempDir('whole-file');

  test('should read files of every size as readFileSync does, one after another', () => {
    const reader = new WholeFileReader();
    const sizes = [0, 1, 11_000, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 5_000_000, 3, 1 << 20];
    sizes.forEach((size, i) => {
      const path = join(dir, `file-${i}.txt`);
      writeFileSync(path, patterned(size, i));
      const bytes = reader.read(path);
      expect(bytes.length).toBe(size);
      expect(Buffer.from(bytes).equals(readFileSync(path))).toBe(true);
    });
  });

  test('should fail on a missing file with the error readFileSync gives', () => {
    const path = join(dir, 'missing.txt');
    expect(() => new WholeFileReader().read(path)).toThrow(
      expect.objectContaining({ code: 'ENOENT' }) as Error,
    );
    expect(() => new WholeFileReader().read(path)).toThrow(/ENOENT: no such file or directory/);
  });

  test('should fail on a folder instead of reading it', () => {
    expect(() => new WholeFileReader().read(dir)).toThrow(/EISDIR/);
  });
});
