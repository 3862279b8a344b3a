import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ThreadSummary } from '../../../scripts/records/types.ts';
import {
  getArchive,
  getForum,
  getForums,
  getForumThreads,
  getThread,
  recordsDir,
} from '../../../src/utils/records.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/records');
let saved: string | undefined;

beforeEach(() => {
  saved = process.env['FORUM_ARCHIVE_RECORDS'];
  process.env['FORUM_ARCHIVE_RECORDS'] = FIXTURE;
});

afterEach(() => {
  if (saved === undefined) delete process.env['FORUM_ARCHIVE_RECORDS'];
  else process.env['FORUM_ARCHIVE_RECORDS'] = saved;
});

describe('records', () => {
  test('should read from FORUM_ARCHIVE_RECORDS, else content/records/ in the working directory', () => {
    expect(recordsDir()).toBe(FIXTURE);
    delete process.env['FORUM_ARCHIVE_RECORDS'];
    expect(recordsDir()).toBe(join(process.cwd(), 'content', 'records'));
  });

  test('should read the manifest, forums, summaries and threads of the fixture', () => {
    expect(getArchive().title).toContain('Fixture Archive');
    const history = getForums().find((forum) => forum.slug.startsWith('u-s-s-r'));
    expect(history).toBeDefined();
    expect(getForum(history!.id)).toBe(history);
    const summaries = getForumThreads(history!.id);
    expect(summaries.map((summary) => summary.postCount)).toContain(120);
    const long = summaries.find((summary) => summary.postCount === 120)!;
    expect(getThread(long).posts).toHaveLength(120);
  });

  test('should not serve records of another folder from its cache', () => {
    const other = mkdtempSync(join(tmpdir(), 'records-'));
    writeFileSync(join(other, 'archive.json'), JSON.stringify({ title: 'Other' }));
    expect(getArchive().title).toContain('Fixture Archive');
    process.env['FORUM_ARCHIVE_RECORDS'] = other;
    expect(getArchive().title).toBe('Other');
  });

  test('should name the missing file and hint at the variable', () => {
    process.env['FORUM_ARCHIVE_RECORDS'] = join(tmpdir(), 'no-such-records-folder');
    expect(() => getForums()).toThrow(
      /no-such-records-folder.*forums\.json.*FORUM_ARCHIVE_RECORDS/s,
    );
  });

  test('should reject a thread id that would leave the records folder', () => {
    expect(() => getThread({ id: '../forums', at: [0, 1, 2] })).toThrow(/Invalid record id/);
    expect(() => getForumThreads('a/b')).toThrow(/Invalid record id/);
  });

  test('should find every thread of the fixture at the byte range its summary gives', () => {
    const summaries = getForums().flatMap((forum) => getForumThreads(forum.id));
    expect(summaries.length).toBeGreaterThan(50);
    for (const summary of summaries) expect(getThread(summary).slug).toBe(summary.slug);
  });

  test('should name the pack and the byte when a summary points at another thread', () => {
    const [first, second] = getForumThreads(getForums().find((forum) => forum.threadCount > 1)!.id);
    expect(getThread(first!).id).toBe(first!.id);
    expect(() => getThread({ id: first!.id, at: second!.at })).toThrow(
      /byte \d+ of .*threads\/\d{4}\.json is thread .*parse the dump again/s,
    );
  });

  test('should ask for a new parse when a summary has no pack (records of an older layout)', () => {
    const [first] = getForumThreads(getForums()[0]!.id);
    const older = { id: first!.id, at: [1, 2] } as unknown as ThreadSummary;
    expect(() => getThread(older)).toThrow(
      /No pack and byte range for thread .*older version.*parse the dump again/is,
    );
    expect(() => getThread({ id: first!.id } as ThreadSummary)).toThrow(/parse the dump again/i);
  });

  test('should name the pack when a summary points past its end', () => {
    const [first] = getForumThreads(getForums().find((forum) => forum.threadCount > 1)!.id);
    expect(() => getThread({ id: first!.id, at: [first!.at[0], 1e9, 10] })).toThrow(
      /threads\/\d{4}\.json ends before byte 1000000010\..*parse the dump again/s,
    );
  });

  test('should name an unknown forum id', () => {
    expect(() => getForum('no-such-forum')).toThrow(/"no-such-forum"/);
  });

  test('should reject a records file of the wrong shape', () => {
    const other = mkdtempSync(join(tmpdir(), 'records-'));
    writeFileSync(join(other, 'forums.json'), '{}');
    process.env['FORUM_ARCHIVE_RECORDS'] = other;
    expect(() => getForums()).toThrow(/forums\.json should hold a JSON array/);
  });
});
