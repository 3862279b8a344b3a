import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateDump } from '../../../scripts/generate/index.ts';
import { importDump, type ImportSummary } from '../../../scripts/import/index.ts';
import { defaultWorkers } from '../../../scripts/import/lib/text/read-files.ts';
import type { ThreadRecord } from '../../../scripts/records/types.ts';
import { threadRecords } from '../../helpers/thread-records.ts';
import { tempDir } from '../../helpers/cli.ts';

/** Every file under `dir`, `/`-separated and sorted, with its bytes. */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split('\\').join('/'), readFileSync(path));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A generated dump plus the cases the importer must keep in order: collisions and rejections. */
function writeTestDump(): { dump: string; collidingId: string } {
  const dump = join(tempDir('text-workers'), 'dump');
  let first = '';
  for (const file of generateDump({ threads: 300, seed: 'text-workers' })) {
    const path = join(dump, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    first ||= path;
  }
  const collidingId = /([0-9a-f]{16})\.txt$/.exec(first)![1]!;
  // Sorted after the original, so it is the one that gets `-2`; upper case collides too.
  mkdirSync(join(dump, 'zz'));
  copyFileSync(first, join(dump, 'zz', `copy_${collidingId}.txt`));
  copyFileSync(first, join(dump, 'zz', `upper_${collidingId.toUpperCase()}.txt`));
  // No id in the name: the id comes from the bytes' hash.
  writeFileSync(join(dump, 'zz', 'no-id.txt'), 'Forum\nUnnamed\n\nPost 11 Apr 2015, 14:58\nHi\n');
  writeFileSync(join(dump, 'zz', 'bad-header.txt'), 'Forum\nTitle\n\nPost 31 Feb 2015, 14:58\nx\n');
  writeFileSync(join(dump, 'zz', 'bad-utf8.txt'), Buffer.from([0x46, 0x0a, 0xff, 0x0a]));
  // Too large to read (sparse: costs no disk), so the worker's read fails like the caller's would.
  writeFileSync(join(dump, 'zz', 'huge.txt'), '');
  truncateSync(join(dump, 'zz', 'huge.txt'), 2 ** 31 + 1);
  return { dump, collidingId };
}

describe('the text dump importer on worker threads', () => {
  let collidingId: string;
  type Run = { summary: ImportSummary; files: Map<string, Buffer>; threads: ThreadRecord[] };
  let inline: Run;
  let pooled: Run;

  beforeAll(() => {
    const test = writeTestDump();
    collidingId = test.collidingId;
    const run = (workers: number) => {
      const recordsDir = join(tempDir('text-workers-records'), 'records');
      const summary = importDump({ dumpDir: test.dump, recordsDir, workers });
      return { summary, files: filesUnder(recordsDir), threads: threadRecords(recordsDir) };
    };
    inline = run(0);
    pooled = run(2);
  }, 60_000);

  test('should write byte-identical records to those read on the calling thread', () => {
    expect(inline.threads.length).toBeGreaterThan(300);
    expect([...pooled.files.keys()]).toEqual([...inline.files.keys()]);
    for (const [name, bytes] of inline.files) {
      if (!pooled.files.get(name)!.equals(bytes)) throw new Error(`${name} differs`);
    }
    expect(pooled.summary).toEqual(inline.summary);
  });

  test('should claim colliding ids in file order, as on the calling thread', () => {
    const claimed = pooled.threads.filter((thread) => thread.id.startsWith(collidingId));
    expect(claimed.map((thread) => thread.id)).toEqual([
      collidingId,
      `${collidingId}-2`,
      `${collidingId}-3`,
    ]);
    expect(claimed[1]!.source).toBe(`zz/copy_${collidingId}.txt`);
  });

  test('should report rejected and unreadable files in file order, with their lines', () => {
    const rejected = pooled.summary.manifest.rejected;
    expect(rejected.map(({ file, reason, line }) => [file, reason, line])).toEqual([
      ['zz/bad-header.txt', 'invalid-date', 4],
      ['zz/bad-utf8.txt', 'invalid-utf8', 2],
      ['zz/huge.txt', 'unreadable', null],
    ]);
    expect(rejected).toEqual(inline.summary.manifest.rejected);
  });
});

describe('defaultWorkers', () => {
  test('should read a small dump, or one allowed a single core, on the calling thread', () => {
    expect(defaultWorkers(10, 8)).toBe(0);
    expect(defaultWorkers(100_000, 1)).toBe(0);
    expect(defaultWorkers(100_000, 2)).toBe(2);
  });
});
