import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDump, writeDump } from '../../../scripts/generate/index.ts';

const root = mkdtempSync(join(tmpdir(), 'generate-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

describe('writeDump', () => {
  it('should write the files generateDump yields, the same bytes with 1 or 2 workers', async () => {
    const one = join(root, 'one');
    const two = join(root, 'two');
    const options = { threads: 1100, seed: 'write' };
    const stats = await writeDump({ ...options, out: one, workers: 1 });
    await writeDump({ ...options, out: two, workers: 2 });
    const expected = [...generateDump(options)];
    expect(listFiles(one)).toEqual(expected.map((file) => file.path));
    expect(listFiles(two)).toEqual(listFiles(one));
    for (const file of expected) {
      const bytes = readFileSync(join(two, file.path));
      if (!bytes.equals(readFileSync(join(one, file.path))))
        throw new Error(`${file.path} differs`);
      if (bytes.toString('utf8') !== file.text) throw new Error(`${file.path} is not the text`);
    }
    expect(stats.threads).toBe(1100);
    expect(stats.posts).toBe(expected.reduce((sum, file) => sum + file.thread.posts.length, 0));
    expect(stats.bytes).toBe(expected.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0));
    expect(stats.forums.length).toBe(new Set(expected.map((file) => file.thread.forum)).size);
  }, 60_000);

  it('should refuse an output folder that is not empty', async () => {
    const out = join(root, 'busy');
    await writeDump({ threads: 1, seed: 1, out });
    writeFileSync(join(out, 'keep.txt'), 'not ours');
    await expect(writeDump({ threads: 1, seed: 1, out })).rejects.toThrow(/not empty/);
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('not ours');
  });
});

describe('generate CLI', () => {
  const cli = join(import.meta.dirname, '../../../scripts/generate/cli.ts');

  it('should write the dump and print a one-line summary', async () => {
    const out = join(root, 'cli');
    const { stdout } = await promisify(execFile)(process.execPath, [
      cli,
      '--threads',
      '20',
      '--seed',
      'c',
      '--out',
      out,
    ]);
    const files = [...generateDump({ threads: 20, seed: 'c' })];
    const posts = files.reduce((sum, file) => sum + file.thread.posts.length, 0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(
      new RegExp(`^generated 20 threads, ${posts} posts, [0-9]+ forums, [0-9]+ bytes`),
    );
    expect(listFiles(out)).toEqual(files.map((file) => file.path));
  });

  it('should reject a thread count that is not a positive integer', async () => {
    const run = promisify(execFile)(process.execPath, [
      cli,
      '--threads',
      '-3',
      '--out',
      join(root, 'x'),
    ]);
    await expect(run).rejects.toThrow(/positive integer/);
  });
});
