import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  copyFiles,
  describeFileFloor,
  measureFileFloor,
} from '../../../scripts/bench/lib/file-floor.ts';
import { tempDir } from '../../helpers/cli.ts';

/** Files of a small dump: `n` UTF-8 thread files and, if asked, one that is not UTF-8. */
function someFiles(n: number, withLatin1 = false): string[] {
  const dir = tempDir('file-floor-dump');
  const paths = Array.from({ length: n }, (_, i) => {
    const path = join(dir, `${i}.txt`);
    writeFileSync(path, `Forum\nThread ${i} é\n\nPost 11 Apr 2015, 14:58\n${'x'.repeat(i)}\n`);
    return path;
  });
  if (withLatin1) {
    paths.push(join(dir, 'latin1.txt'));
    writeFileSync(paths.at(-1)!, Buffer.from([0x46, 0x0a, 0xe9, 0x0a]));
  }
  return paths;
}

describe('the text benchmark’s file system floor', () => {
  test('should copy every file whole, counting its bytes and the files that are not UTF-8', () => {
    const paths = someFiles(3, true);
    const out = tempDir('file-floor-out');
    const result = copyFiles(paths, out, 'a-');
    expect(readdirSync(out).sort()).toEqual(['a-0', 'a-1', 'a-2', 'a-3']);
    expect(readFileSync(join(out, 'a-2'))).toEqual(readFileSync(paths[2]!));
    const sizes = paths.map((path) => readFileSync(path).length);
    expect(result).toEqual({ bytes: sizes.reduce((a, b) => a + b), notUtf8: 1 });
  });

  test('should copy each file exactly once across its threads, and time it', async () => {
    const paths = someFiles(7);
    const out = join(tempDir('file-floor-threads'), 'copies');
    const floor = await measureFileFloor(paths, out, 2);
    expect(readdirSync(out).sort()).toEqual(
      ['0-0', '0-1', '0-2', '0-3', '1-0', '1-1', '1-2'].sort(),
    );
    expect(floor.files).toBe(7);
    expect(floor.threads).toBe(2);
    expect(floor.bytes).toBe(paths.reduce((sum, path) => sum + readFileSync(path).length, 0));
    expect(floor.seconds).toBeGreaterThan(0);
    expect(floor.cpuSeconds).toBeGreaterThan(0);
  });

  test('should say the rate no parse can pass, from the bytes and the seconds', () => {
    const floor = { files: 50_000, bytes: 553_600_000, threads: 2, seconds: 3.4, cpuSeconds: 6.3 };
    expect(describeFileFloor(floor)).toBe(
      "file system floor: reading the dump's 50,000 files (553.6 MB), hashing them, checking their " +
        'UTF-8 and writing each to a new file on 2 threads took 3.4 s (6.3 CPU s): no parse ' +
        'writing its records passes 163 MB/s on this machine now',
    );
  });
});
