import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeStackExchangeDump } from '../../../scripts/bench/lib/se-dump.ts';
import { importDump } from '../../../scripts/import/index.ts';
import { stackExchangeImporter } from '../../../scripts/import/lib/stackexchange/index.ts';
import { SyncWorkerPool } from '../../../scripts/import/lib/worker-pool.ts';
import type { PostRecord, ThreadDraft } from '../../../scripts/records/index.ts';
import { threadRecords } from '../../helpers/thread-records.ts';
import { tempDir } from '../../helpers/cli.ts';

const fixture = new URL('../../fixtures/stackexchange/cooking.stackexchange.com', import.meta.url)
  .pathname;

/**
 * Every draft and progress call of one run, as the records writer would get them. Posts a worker
 * serialized are read back from their JSON, so drafts compare whole whichever thread mapped them.
 */
function importWith(workers: number, dump: string) {
  const drafts: ThreadDraft[] = [];
  const progress: number[] = [];
  let serialized = 0;
  const outcome = stackExchangeImporter(workers).run(
    dump,
    (draft, postsJson) => {
      if (postsJson === undefined) return void drafts.push(draft);
      serialized += 1;
      const posts = JSON.parse(new TextDecoder().decode(postsJson)) as PostRecord[];
      // What the calling thread reads besides the bytes must agree with them.
      expect(draft.posts).toEqual(
        posts.map(({ n, date, author, authorId }) => ({
          n,
          date,
          author,
          body: '',
          ...(authorId === undefined ? {} : { authorId }),
        })),
      );
      drafts.push({ ...draft, posts });
    },
    (done) => progress.push(done),
  );
  return { drafts, outcome, progress, serialized };
}

describe('the Stack Exchange importer on worker threads', () => {
  test('should hand over the same threads, in the same order, as when mapping on the calling thread', () => {
    const dump = join(tempDir('se-workers'), 'bench.stackexchange.com');
    writeStackExchangeDump(dump, 300 * 1024, 'workers');
    const inline = importWith(0, dump);
    const pooled = importWith(2, dump);
    expect(inline.drafts.length).toBeGreaterThan(50);
    expect(pooled.serialized).toBe(pooled.drafts.length);
    expect(pooled.drafts).toEqual(inline.drafts);
    expect(pooled.outcome).toEqual(inline.outcome);
    expect(pooled.progress.at(-1)).toBe(inline.progress.at(-1));
  }, 60_000);

  test('should map a thread too large for a worker on the calling thread, in its place', () => {
    const dump = join(tempDir('se-large'), 'site');
    mkdirSync(dump);
    const row = (id: number, type: string, extra: string, body: string) =>
      `  <row Id="${id}" PostTypeId="${type}" ${extra} CreationDate="2020-01-0${id}T00:00:00.000" Body="${body}" />`;
    const huge = '&lt;p&gt;' + 'long words '.repeat(120_000) + '&lt;/p&gt;';
    writeFileSync(
      join(dump, 'Posts.xml'),
      [
        '<posts>',
        row(1, '1', 'Title="Small"', 'a'),
        row(2, '1', 'Title="Large"', huge),
        row(3, '2', 'ParentId="2"', huge),
        row(4, '1', 'Title="After"', 'b'),
        '</posts>',
      ].join('\n'),
    );
    const inline = importWith(0, dump);
    const pooled = importWith(2, dump);
    expect(pooled.drafts.map((draft) => draft.title)).toEqual(['Small', 'Large', 'After']);
    expect(pooled.drafts[1]!.posts[1]!.body.length).toBeGreaterThan(1_000_000);
    expect(pooled.drafts).toEqual(inline.drafts);
  }, 60_000);

  test('should keep the fixture threads identical with one worker', () => {
    const pooled = importWith(1, fixture);
    const inline = importWith(0, fixture);
    expect(pooled.serialized).toBe(pooled.drafts.length);
    expect(inline.serialized).toBe(0);
    expect(pooled.drafts).toEqual(inline.drafts);
    expect(pooled.outcome).toEqual(inline.outcome);
    expect(pooled.progress).toEqual(inline.progress);
  }, 30_000);
});

describe('SyncWorkerPool', () => {
  test('should return results in submission order across workers', () => {
    const entry = join(tempDir('se-pool'), 'double.ts');
    const pool = new URL('../../../scripts/import/lib/worker-pool.ts', import.meta.url);
    writeFileSync(
      entry,
      `import { serveTasks } from '${pool.href}';\n` +
        `void serveTasks(async (factor) => (n) => n * factor);\n`,
    );
    const workers = new SyncWorkerPool<number, number>(new URL(`file://${entry}`), 3, 2);
    try {
      for (let n = 0; n < 20; n++) workers.submit(n);
      const results = Array.from({ length: 20 }, () => workers.take());
      expect(results).toEqual(Array.from({ length: 20 }, (_, n) => n * 2));
      expect(() => workers.take()).toThrow(/no task is pending/);
    } finally {
      workers.close();
    }
  });

  test('should throw what a worker threw instead of waiting for it', () => {
    const entry = join(tempDir('se-pool'), 'broken.ts');
    const pool = new URL('../../../scripts/import/lib/worker-pool.ts', import.meta.url);
    writeFileSync(
      entry,
      `import { serveTasks } from '${pool.href}';\n` +
        `void serveTasks(async () => { throw new Error('cannot load the sanitizer'); });\n`,
    );
    const workers = new SyncWorkerPool<number, number>(new URL(`file://${entry}`), 1, null);
    try {
      workers.submit(1);
      expect(() => workers.take()).toThrow(/cannot load the sanitizer/);
    } finally {
      workers.close();
    }
  });
});

describe('records of threads mapped on worker threads', () => {
  test('should be byte for byte the records written when mapping on the calling thread', () => {
    const dump = join(tempDir('se-bytes'), 'bench.stackexchange.com');
    writeStackExchangeDump(dump, 200 * 1024, 'bytes');
    const dirs = [0, 2].map((workers) => {
      const dir = join(tempDir(`se-bytes-${workers}`), 'records');
      importDump({ dumpDir: dump, recordsDir: dir, workers });
      return dir;
    });
    const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    const [inline, pooled] = dirs as [string, string];
    expect(files(pooled)).toEqual(files(inline));
    const threads = threadRecords(pooled);
    expect(threads.length).toBeGreaterThan(30);
    for (const name of files(inline)) {
      if (!name.endsWith('.json')) continue;
      expect(readFileSync(join(pooled, name)), name).toEqual(readFileSync(join(inline, name)));
    }
    // The generated threads carry tags and a source path, written after the posts' bytes.
    expect(Object.keys(threads[0]!).slice(-3)).toEqual(['posts', 'tags', 'sourcePath']);
  }, 60_000);
});
