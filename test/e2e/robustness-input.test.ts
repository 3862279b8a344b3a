import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ArchiveManifest } from '../../scripts/records/types.ts';
import { buildArchive, runCli, tempDir, type BuiltArchive } from '../helpers/cli.ts';
import { dateAt, filesUnder, writeThreads } from './robustness-helpers.ts';
import { threadRecords } from '../helpers/thread-records.ts';

const cliPath = fileURLToPath(new URL('../../scripts/forum-archive.js', import.meta.url));

function manifestOf(records: string): ArchiveManifest {
  return JSON.parse(readFileSync(join(records, 'archive.json'), 'utf8')) as ArchiveManifest;
}

describe('large input builds', () => {
  let archive: BuiltArchive;
  const longLine = 'w'.repeat(100_000);

  beforeAll(() => {
    const dump = join(tempDir('large'), 'dump');
    const words = (n: number) => `post ${n} says hello to everyone reading`;
    writeThreads(dump, [
      {
        forum: 'Busy',
        // The scale issue's bound: a thread of 20,000 posts builds (400 pages of 50).
        title: 'A thread of twenty thousand posts',
        posts: Array.from({ length: 20_000 }, (_, i) => ({ date: dateAt(i), body: words(i + 1) })),
      },
      {
        forum: 'Busy',
        title: 'A very long post',
        posts: [
          {
            date: dateAt(0),
            // 200 KB: one 100 KB line and 100 KB of ordinary lines.
            body: `${longLine}\n${Array.from({ length: 2500 }, (_, i) => words(i)).join('\n')}`,
          },
        ],
      },
    ]);
    archive = buildArchive([dump]);
  });

  test('a 20,000-post thread gets 400 pages, post N on page ⌈N/50⌉ and nowhere else', () => {
    const pages = filesUnder(archive.out).flatMap((file) => {
      const match = /^t\/00\/0000000000000000-[^/]+\/(?:(\d+)\/)?index\.html$/.exec(file);
      return match ? [{ file, page: Number(match[1] ?? 1) }] : [];
    });
    expect(pages.map(({ page }) => page).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 400 }, (_, i) => i + 1),
    );
    const seen: number[] = [];
    for (const { file, page } of pages) {
      const html = readFileSync(join(archive.out, file), 'utf8');
      const ids = [...html.matchAll(/<article[^>]* id="p(\d+)"/g)].map((m) => Number(m[1]));
      expect(ids, file).toEqual(Array.from({ length: 50 }, (_, i) => (page - 1) * 50 + i + 1));
      seen.push(...ids);
    }
    expect(seen).toHaveLength(20_000);
    const last = pages.find(({ page }) => page === 400)!;
    expect(readFileSync(join(archive.out, last.file), 'utf8')).toContain('post 20000 says hello');
  });

  test('a 200 KB post with a 100 KB line renders whole', () => {
    const page = filesUnder(archive.out).find((file) =>
      /^t\/00\/0000000000000001-[^/]+\/index\.html$/.test(file),
    )!;
    const html = readFileSync(join(archive.out, page), 'utf8');
    expect(html).toContain(longLine);
    expect(html).toContain('post 2499 says hello');
  });
});

describe('broken input', () => {
  test('1,000 files with one invalid: --skip-invalid keeps the 999, names the bad one and its line', () => {
    const dump = join(tempDir('thousand'), 'dump');
    const names = writeThreads(
      dump,
      Array.from({ length: 1000 }, (_, i) => ({
        forum: `Forum ${i % 7}`,
        title: `Thread ${i}`,
        posts: [{ date: dateAt(i), body: `Body of thread ${i}` }],
      })),
    );
    const bad = names[617]!;
    writeFileSync(join(dump, bad), 'Forum 1\nThread 617\n\nPost 31 Apr 2015, 10:00\nx\n');
    const records = join(tempDir('thousand-records'), 'records');
    const strict = runCli(['parse', dump, '--out', records]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(`${join(dump, bad)}:4: invalid-date`);
    const run = runCli(['parse', dump, '--out', records, '--skip-invalid']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`${join(dump, bad)}:4: invalid-date`);
    const manifest = manifestOf(records);
    expect(manifest.threads).toBe(999);
    expect(manifest.rejected).toEqual([expect.objectContaining({ file: bad, line: 4 })]);
    expect(threadRecords(records)).toHaveLength(999);
  });

  test('a Windows-1252 file is rejected as invalid-utf8 at the line of its first bad byte', () => {
    const dump = join(tempDir('cp1252'), 'dump');
    mkdirSync(dump);
    // "Café" and curly quotes in Windows-1252: 0xE9, 0x93, 0x94 are not UTF-8.
    const text = 'Caf\xe9 society\nA title\n\nPost 11 Apr 2015, 14:58\nHe said \x93hi\x94\n';
    writeFileSync(join(dump, 'old.txt'), Buffer.from(text, 'latin1'));
    const run = runCli(['parse', dump, '--out', join(dump, '..', 'records')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(dump, 'old.txt')}:1: invalid-utf8`);
  });

  test('an unreadable file is rejected as unreadable, the rest kept', () => {
    const root = tempDir('unreadable');
    chmodSync(root, 0o755);
    const dump = join(root, 'dump');
    writeThreads(dump, [
      { forum: 'F', title: 'Readable', posts: [{ date: dateAt(0), body: 'ok' }] },
      { forum: 'F', title: 'Locked', posts: [{ date: dateAt(1), body: 'secret' }] },
    ]);
    const locked = readdirSync(dump).sort()[1]!;
    chmodSync(join(dump, locked), 0o000);
    const records = join(root, 'records');
    mkdirSync(records, { mode: 0o777 });
    chmodSync(records, 0o777);
    // Root reads any file whatever its mode: run the CLI as `nobody` then, so the mode counts.
    const asRoot = process.getuid?.() === 0;
    const run = spawnSync(
      process.execPath,
      [cliPath, 'parse', dump, '--out', records, '--skip-invalid'],
      { encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`${join(dump, locked)}: unreadable:`);
    expect(manifestOf(records).threads).toBe(1);
  });

  test('an empty folder is a clear error', () => {
    const dump = join(tempDir('empty'), 'dump');
    mkdirSync(dump);
    const run = runCli(['build', dump, '--out', join(dump, '..', 'site')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${dump} holds no thread files.`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
