import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  copyFiles,
  describeFileFloor,
  measureFileFloor,
} from '../../../scripts/bench/lib/file-floor.ts';
import {
  describeParseWork,
  measureParseWork,
  parseBound,
} from '../../../scripts/bench/lib/parse-work.ts';
import {
  SETTLE_MS,
  delayAfterLastDeletion,
  markDeleted,
  settleDelay,
} from '../../../scripts/bench/lib/settle.ts';
import { tempDir } from '../../helpers/cli.ts';

/**
 * Files of a small dump: `n` UTF-8 thread files of about `bodyBytes` each and, if asked, one that
 * is not UTF-8.
 */
function someFiles(n: number, withLatin1 = false, bodyBytes = 0): string[] {
  const dir = tempDir('file-floor-dump');
  const paths = Array.from({ length: n }, (_, i) => {
    const path = join(dir, `${i}.txt`);
    const body = 'x'.repeat(i + bodyBytes);
    writeFileSync(path, `Forum\nThread ${i} é\n\nPost 11 Apr 2015, 14:58\n${body}\n`);
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
    expect(readdirSync(out)).toEqual(['a-pack']);
    expect(readFileSync(join(out, 'a-pack'))).toEqual(
      Buffer.concat(paths.map((path) => readFileSync(path))),
    );
    const sizes = paths.map((path) => readFileSync(path).length);
    expect(result).toEqual({ bytes: sizes.reduce((a, b) => a + b), notUtf8: 1 });
  });

  test('should copy each file exactly once across its threads, and time it', async () => {
    // A megabyte each, so each thread's copy shows on its CPU clock (too coarse for a few bytes).
    const paths = someFiles(7, false, 1 << 20);
    const out = join(tempDir('file-floor-threads'), 'copies');
    const floor = await measureFileFloor(paths, out, 2);
    expect(readdirSync(out).sort()).toEqual(['0-pack', '1-pack']);
    const copied = ['0-pack', '1-pack'].map((name) => readFileSync(join(out, name)));
    // `equals`: a deep comparison of megabytes, byte by byte, takes seconds.
    const all = Buffer.concat(paths.map((path) => readFileSync(path)));
    expect(Buffer.concat(copied).equals(all)).toBe(true);
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
        'UTF-8 and appending them to a file on 2 threads took 3.4 s (6.3 CPU s): no parse ' +
        'writing its records passes 163 MB/s on this machine now',
    );
  });
});

describe('the text benchmark’s parse work', () => {
  test('should sample whole files until the budget is reached, and time real work', () => {
    // Megabytes, so the work takes milliseconds: this thread's CPU clock counts too coarsely
    // for a few bytes.
    const dir = tempDir('parse-work-dump');
    const paths = [0, 1, 2].map((i) => {
      const path = join(dir, `${i}.txt`);
      const post = `Post 11 Apr 2015, 14:58\n${'a "quoted" word\n'.repeat(30_000)}\n`;
      writeFileSync(path, `Forum\nThread ${i}\n\n${post.repeat(4)}`);
      return path;
    });
    const sizes = paths.map((path) => readFileSync(path).length);
    const work = measureParseWork(paths, sizes[0]! + 1);
    expect(work.files).toBe(2);
    expect(work.sampleBytes).toBe(sizes[0]! + sizes[1]!);
    expect(work.parseSeconds).toBeGreaterThan(0);
    expect(work.jsonSeconds).toBeGreaterThan(0);
  });

  test('should add the parse work of the whole dump to the file floor, spread over its cores', () => {
    const floor = { files: 50_000, bytes: 500e6, threads: 2, seconds: 3, cpuSeconds: 5 };
    const work = { files: 100, sampleBytes: 100e6, parseSeconds: 0.25, jsonSeconds: 0.25 };
    expect(parseBound(work, floor)).toEqual({
      perCpuSecond: 200,
      workSeconds: 2.5,
      cpuSeconds: 7.5,
      mbPerSecond: 500 / 3.75,
    });
    expect(describeParseWork(work, floor)).toBe(
      "parse work alone, first 100.0 MB of the dump in memory on one core (fastest of 5): the grammar 0.25 s, the posts' JSON 0.25 s → 200 MB per CPU second\n" +
        'so parsing this dump takes at least 7.5 CPU s (file floor 5.0 + parse work 2.5): at most 133 MB/s on 2 cores, even with every core always busy and claiming ids and keeping the lists free',
    );
  });
});

describe('the text benchmark’s wait for the last run’s deletion', () => {
  test('should not wait when no run has deleted anything', () => {
    expect(settleDelay(undefined, 1_000_000)).toBe(0);
    expect(delayAfterLastDeletion(tempDir('settle-none'))).toBe(0);
  });

  test('should wait out the rest of the settling time after a recent deletion', () => {
    expect(settleDelay(1_000_000, 1_000_000 + 12_000)).toBe(SETTLE_MS - 12_000);
    const work = tempDir('settle-recent');
    markDeleted(work);
    const delay = delayAfterLastDeletion(work);
    expect(delay).toBeGreaterThan(SETTLE_MS - 5_000);
    expect(delay).toBeLessThanOrEqual(SETTLE_MS);
  });

  test('should not wait once the settling time has passed', () => {
    expect(settleDelay(1_000_000, 1_000_000 + SETTLE_MS)).toBe(0);
    expect(settleDelay(1_000_000, 1_000_000 + 10 * SETTLE_MS)).toBe(0);
  });

  test('should wait no longer than the settling time for a stamp from the future', () => {
    expect(settleDelay(2_000_000, 1_000_000)).toBe(SETTLE_MS);
  });

  test('should ignore a stamp it cannot read as a time', () => {
    const work = tempDir('settle-garbage');
    writeFileSync(join(work, '.deleted-at'), 'not a time');
    expect(delayAfterLastDeletion(work)).toBe(0);
  });
});
