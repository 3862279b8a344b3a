import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importDump, removePreviousRecords } from '../../../scripts/import/index.ts';
import { readRecordText, RecordWriter, threadPackFile } from '../../../scripts/records/index.ts';
import type {
  ForumRecord,
  ThreadPack,
  ThreadRecord,
  ThreadSummary,
} from '../../../scripts/records/types.ts';
import { runCli, tempDir } from '../../helpers/cli.ts';

function dumpOf(body: string): string {
  const dump = tempDir('writer-dump');
  writeFileSync(join(dump, 'a.txt'), `Forum\nA title\n\nPost 11 Apr 2015, 14:58\n${body}\n`);
  return dump;
}

/** The first post's body of the one thread in `records`. */
function bodyIn(records: string): string {
  const [file] = readdirSync(join(records, 'threads'));
  const pack = JSON.parse(readFileSync(join(records, 'threads', file!), 'utf8')) as ThreadPack;
  const [thread] = Object.values(pack);
  return thread!.posts[0]!.body;
}

describe('RecordWriter on a folder of earlier records', () => {
  test('should leave no earlier records behind once an import ends', () => {
    const records = join(tempDir('writer'), 'records');
    importDump({ dumpDir: dumpOf('first'), recordsDir: records });
    importDump({ dumpDir: dumpOf('second'), recordsDir: records });
    expect(readdirSync(records).sort()).toEqual([
      'archive.json',
      'forums',
      'forums.json',
      'threads',
    ]);
    expect(bodyIn(records)).toBe('second');
  });

  test('should keep the earlier records aside, untouched, until the caller removes them', () => {
    const records = join(tempDir('writer'), 'records');
    importDump({ dumpDir: dumpOf('first'), recordsDir: records });
    // A built site's `data/` holds hard links to the records: their content must not change.
    const [name] = readdirSync(join(records, 'threads'));
    const published = join(tempDir('writer-site'), name!);
    linkSync(join(records, 'threads', name!), published);
    const before = readFileSync(published, 'utf8');

    importDump({ dumpDir: dumpOf('second'), recordsDir: records, keepPrevious: true });
    const previous = join(records, `.previous-${process.pid}`);
    expect(bodyIn(previous)).toBe('first');
    expect(bodyIn(records)).toBe('second');
    expect(readFileSync(published, 'utf8')).toBe(before);

    removePreviousRecords(records);
    expect(existsSync(previous)).toBe(false);
    expect(readFileSync(published, 'utf8')).toBe(before);
  });

  test('should write again into records whose writing was cut short', () => {
    const records = join(tempDir('writer'), 'records');
    importDump({ dumpDir: dumpOf('first'), recordsDir: records });
    // What a parse killed halfway leaves: some threads written, no manifest yet.
    const killed = new RecordWriter(records);
    killed.prepare();
    writeFileSync(join(records, 'threads', 'pa.json'), '{"partial":{"id":');
    expect(existsSync(join(records, 'archive.json'))).toBe(false);

    const run = runCli(['parse', dumpOf('again'), '--out', records]);
    expect(run.stderr).not.toMatch(/not empty/);
    expect(run.status).toBe(0);
    expect(readdirSync(join(records, 'threads'))).toHaveLength(1);
    expect(bodyIn(records)).toBe('again');
    // This process set the first records aside and is alive: they are not the CLI's to delete.
    expect(existsSync(killed.previousDir)).toBe(true);
    killed.removePrevious();
  });

  test('should delete records that a killed run set aside', () => {
    const records = join(tempDir('writer'), 'records');
    importDump({ dumpDir: dumpOf('first'), recordsDir: records });
    // No process has a pid this large (Linux caps them at 2^22).
    const leftover = join(records, '.previous-99999999');
    mkdirSync(join(leftover, 'threads'), { recursive: true });
    writeFileSync(join(leftover, 'threads', 'old.json'), '{}');

    const run = runCli(['parse', dumpOf('second'), '--out', records]);
    expect(run.status).toBe(0);
    expect(existsSync(leftover)).toBe(false);
    expect(run.stderr).toContain('.previous-99999999');
  });

  test('should delete the earlier records when a build stops at a rejected file', () => {
    const root = tempDir('writer-build');
    const records = join(root, 'records');
    importDump({ dumpDir: dumpOf('first'), recordsDir: records });
    const dump = dumpOf('second');
    writeFileSync(join(dump, 'bad.txt'), 'Forum\nTitle\n\nPost 31 Apr 2015, 10:00\nx\n');

    const run = runCli(['build', dump, '--out', join(root, 'site'), '--records', records]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('invalid-date');
    expect(readdirSync(records).filter((name) => name.startsWith('.previous-'))).toEqual([]);
    expect(bodyIn(records)).toBe('second');
  });

  test('should still refuse a folder that holds something else', () => {
    const records = tempDir('writer-foreign');
    writeFileSync(join(records, 'notes.txt'), 'mine');
    expect(() => new RecordWriter(records).prepare()).toThrow(/holds no records/);
    expect(readdirSync(records)).toEqual(['notes.txt']);
  });
});

describe('RecordWriter thread packs', () => {
  test('should give every listed thread the byte range of its own record in its pack', () => {
    const records = join(tempDir('writer-packs'), 'records');
    const dump = tempDir('writer-packs-dump');
    for (const id of ['ab00000000000001', 'ab00000000000002', 'cd00000000000003']) {
      writeFileSync(
        join(dump, `${id}.txt`),
        `Forum ${id[0]}\nTitle ${id}\n\nPost 11 Apr 2015, 14:58\nÜber ${id}\n`,
      );
    }
    importDump({ dumpDir: dump, recordsDir: records });
    const forums = JSON.parse(readFileSync(join(records, 'forums.json'), 'utf8')) as ForumRecord[];
    const summaries = forums.flatMap(
      (forum) =>
        JSON.parse(
          readFileSync(join(records, 'forums', `${forum.id}.json`), 'utf8'),
        ) as ThreadSummary[],
    );
    expect(summaries.map((summary) => summary.id).sort()).toEqual([
      'ab00000000000001',
      'ab00000000000002',
      'cd00000000000003',
    ]);
    for (const { id, at } of summaries) {
      const [pack, offset, length] = at;
      const text = readRecordText(threadPackFile(records, pack), offset, length);
      const thread = JSON.parse(text) as ThreadRecord;
      expect(thread.id).toBe(id);
      expect(thread.posts[0]!.body).toBe(`Über ${id}`);
    }
  });
});

describe('RecordWriter.writeThread', () => {
  test('should write posts serialized elsewhere as JSON.stringify writes the whole record', () => {
    const records = join(tempDir('writer-posts-json'), 'records');
    const writer = new RecordWriter(records);
    writer.prepare();
    const thread: ThreadRecord = {
      id: 'ef00000000000004',
      forumId: 'f00000000001',
      forum: 'A "posts":0 forum',
      title: 'Title with "posts":0 and \\"posts\\":0 in it',
      slug: 'ef00000000000004-title',
      source: 'a/"posts":0.txt',
      sha256: '0'.repeat(64),
      posts: [{ n: 1, date: '2015-04-11T14:58', author: null, body: '"posts":0 "posts":1' }],
      tags: [{ id: 'posts', name: '"posts":0' }],
      sourcePath: '/q/4',
    };
    const range = writer.writeThread(thread, Buffer.from(JSON.stringify(thread.posts)));
    writer.closePacks();
    const [pack, offset, length] = range;
    expect(readRecordText(threadPackFile(records, pack), offset, length)).toBe(
      JSON.stringify(thread),
    );
  });
});
