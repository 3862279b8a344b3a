import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

  test('should stop its workers and reject when aborted', async () => {
    const stop = new AbortController();
    const running = runBundle(job(records, 2), stop.signal);
    stop.abort();
    await expect(running).rejects.toThrow(/stopped/);
    await expect(runBundle(job(records, 2), stop.signal)).rejects.toThrow(/aborted/);
  });

  test('should reject when a worker fails (here: a thread record that is not there)', async () => {
    const missing = join(tempDir('records'), 'missing');
    await expect(runBundle(job(missing, 2))).rejects.toThrow(/ENOENT|no such file/);
  });

  describe('with V8 tracing which protectors fall', () => {
    const runBundleModule = new URL('../../../scripts/search/lib/bundle/index.ts', import.meta.url);
    const astroRuntime = pathToFileURL(
      createRequire(import.meta.url).resolve('astro/runtime/server/index.js'),
    );
    // `class HTMLString extends String` in Astro's runtime turns String.prototype into a slow
    // object: every `charCodeAt` loop in that process runs 3–5 times slower.
    const astroDrop = 'Invalidating protector cell StringWrapperToPrimitive';

    /** Runs two workers over the threads in a child Node that reports each protector it drops. */
    function traced(preamble: string): { output: string; pages: string } {
      const script = join(tempDir('trace'), 'run.mjs');
      writeFileSync(
        script,
        `${preamble}
        const { runBundle } = await import(${JSON.stringify(runBundleModule.href)});
        console.log('pages', await runBundle(${JSON.stringify(job(records, 2))}));`,
      );
      const child = spawnSync(process.execPath, ['--trace-protector-invalidation', script], {
        encoding: 'utf8',
      });
      expect(child.stderr).toBe('');
      return { output: child.stdout, pages: /^pages (\d+)$/m.exec(child.stdout)?.[1] ?? '' };
    }

    test("should not load Astro's runtime into its worker threads", () => {
      const { output, pages } = traced('');
      expect(pages).toBe('5');
      expect(output).not.toContain(astroDrop);
    });

    test("should show Astro's runtime when it is loaded (so the test above can fail)", () => {
      const { output, pages } = traced(`await import(${JSON.stringify(astroRuntime.href)});`);
      expect(pages).toBe('5');
      expect(output).toContain(astroDrop);
    });
  });
});
