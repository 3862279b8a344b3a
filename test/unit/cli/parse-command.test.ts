import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ForumRecord } from '../../../scripts/records/types.ts';
import { sampleDump } from '../../../scripts/utils/paths.ts';
import { runCli, tempDir } from '../../helpers/cli.ts';
import { threadRecord, threadRecords } from '../../helpers/thread-records.ts';

const good = 'Forum\nA title\n\nPost 11 Apr 2015, 14:58\nHello\n';

function dumpWith(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('dump');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('forum-archive parse', () => {
  test('should write forums.json and one record per thread for the sample dump', () => {
    const out = join(tempDir('records'), 'out');
    const run = runCli(['parse', sampleDump, '--out', out]);
    expect(run.status).toBe(0);
    const forums = JSON.parse(readFileSync(join(out, 'forums.json'), 'utf8')) as ForumRecord[];
    expect(forums).toEqual([
      expect.objectContaining({
        name: 'U.S.S.R. and communism historical discussion.',
        threadCount: 1,
        postCount: 11,
        firstPostAt: '2015-04-11T14:58',
        lastPostAt: '2016-03-07T09:10',
      }),
    ]);
    const thread = threadRecord(out, 'dcd7bb5245801141');
    expect(thread).toMatchObject({
      id: 'dcd7bb5245801141',
      forumId: forums[0]!.id,
      title: 'Question concerning Stalin',
      source: '000_dcd7bb5245801141.txt',
    });
    expect(thread.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(thread.posts.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(thread.posts[9]).toEqual({ n: 10, date: '2015-12-07T19:00', author: null, body: '' });
  });

  test('should list every rejected file as FILE:LINE: reason and exit 1 without a stack trace', () => {
    const dump = dumpWith({
      'a/bad-date.txt': 'Forum\nTitle\n\nPost 31 Apr 2015, 10:00\nx\n',
      'b/text-first.txt': 'Forum\nTitle\nstray text\nPost 01 Apr 2015, 10:00\n',
      'ok.txt': good,
    });
    const out = join(tempDir('records'), 'out');
    const run = runCli(['parse', dump, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(dump, 'a/bad-date.txt')}:4: invalid-date`);
    expect(run.stderr).toContain(`${join(dump, 'b/text-first.txt')}:3: text-before-first-post`);
    expect(run.stderr).toMatch(/--skip-invalid/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('should write the valid files and still name the rejected ones with --skip-invalid', () => {
    const dump = dumpWith({ 'bad.txt': new Uint8Array([0xff, 0x0a]), 'ok.txt': good });
    const out = join(tempDir('records'), 'out');
    const run = runCli(['parse', dump, '--out', out, '--skip-invalid']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${join(dump, 'bad.txt')}:1: invalid-utf8`);
    expect(threadRecords(out)).toHaveLength(1);
  });

  test('should fail clearly on an empty folder', () => {
    const run = runCli(['parse', tempDir('empty'), '--out', join(tempDir('records'), 'out')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/holds no thread files/);
  });

  test('should refuse to write records into a folder that holds something else', () => {
    const out = tempDir('foreign');
    writeFileSync(join(out, 'precious.txt'), 'keep me');
    const run = runCli(['parse', sampleDump, '--out', out]);
    expect(run.status).toBe(1);
    expect(readFileSync(join(out, 'precious.txt'), 'utf8')).toBe('keep me');
  });

  test('should exit 2 with a one-line hint on a usage error', () => {
    const run = runCli(['parse', sampleDump]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--out/);
    expect(run.stderr).toMatch(/forum-archive --help/);
  });

  test('should exit 2 when the dump does not exist, or is a file, saying which', () => {
    const missing = runCli(['parse', join(tempDir('x'), 'missing'), '--out', tempDir('y')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/The dump .*missing does not exist\./);
    const file = join(tempDir('x'), 'thread.txt');
    writeFileSync(file, 'Forum\nTitle\n');
    const notFolder = runCli(['parse', file, '--out', tempDir('y')]);
    expect(notFolder.status).toBe(2);
    expect(notFolder.stderr).toMatch(/The dump .*thread\.txt is a file, not a folder\./);
    expect(notFolder.stderr).toMatch(/hint: Give the folder that holds the dump/);
  });

  test('should print help listing the commands', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    for (const command of ['build', 'parse', 'serve']) expect(run.stdout).toContain(command);
  });
});
