import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ThreadPacks } from '../../../scripts/records/index.ts';
import { runBundle, writeBundle } from '../../../scripts/search/lib/bundle/index.ts';
import type { ThreadEntry } from '../../../scripts/search/lib/read-records.ts';
import {
  preparePagefindRuntime,
  runtimeFiles,
} from '../../../scripts/search/lib/bundle/runtime.ts';
import { threadIndexPages } from '../../../scripts/search/lib/index-page.ts';
import { threads } from '../../helpers/bundle-threads.ts';
import { tempDir } from '../../helpers/cli.ts';
import { filesOf } from '../../helpers/files-of.ts';
import { readBundle } from '../../helpers/pagefind-bundle.ts';

let entries: ThreadEntry[];
let records: string;
let runtimeDir: string;

beforeAll(async () => {
  records = tempDir('records');
  mkdirSync(join(records, 'threads'));
  const packs = new ThreadPacks(join(records, 'threads'));
  // The threads in page order: runBundle numbers pages by the threads' last post.
  entries = threads.map((thread, k) => ({
    id: thread.id,
    at: packs.add(thread.id, [Buffer.from(JSON.stringify(thread))]),
    slug: thread.slug,
    posts: thread.posts.length,
    lastPostAt: `200${k}-01-01T00:00`,
  }));
  packs.close();
  runtimeDir = tempDir('runtime');
  await preparePagefindRuntime(runtimeDir);
});

const job = (recordsDir: string, parts: number) => ({
  recordsDir,
  threads: entries,
  bundleDir: join(tempDir('bundle'), 'pagefind'),
  runtimeDir,
  chunkSize: 40,
  parts,
});

describe('runBundle', () => {
  test('should write with two worker threads the bundle one writer writes, byte for byte', async () => {
    const two = job(records, 2);
    expect(await runBundle(two)).toBe(5);
    const one = join(tempDir('bundle'), 'pagefind');
    writeBundle(
      one,
      [threads.flatMap(threadIndexPages)],
      { chunkSize: 40 },
      runtimeFiles(runtimeDir),
    );
    // Chunks of 40 locations: several, in a pack both workers write a piece of.
    expect(readBundle(one).chunks).toBeGreaterThan(20);
    const expected = filesOf(one);
    expect([...filesOf(two.bundleDir).keys()]).toEqual([...expected.keys()]);
    for (const [file, bytes] of filesOf(two.bundleDir)) {
      expect(bytes.equals(expected.get(file)!), file).toBe(true);
    }
  });

  test('should reject when a worker fails (here: a thread record that is not there)', async () => {
    const missing = join(tempDir('records'), 'missing');
    await expect(runBundle(job(missing, 2))).rejects.toThrow(/ENOENT|no such file/);
  });
});
