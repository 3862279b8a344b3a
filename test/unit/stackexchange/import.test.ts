import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { importDump, importerFor } from '../../../scripts/import/index.ts';
import type {
  ArchiveManifest,
  AuthorBucket,
  AuthorRecord,
  TagRecord,
  ThreadRecord,
} from '../../../scripts/records/types.ts';
import { threadRecord, threadRecords } from '../../helpers/thread-records.ts';
import { tempDir } from '../../helpers/cli.ts';

const fixture = new URL('../../fixtures/stackexchange/cooking.stackexchange.com', import.meta.url)
  .pathname;
const read = <T>(...path: string[]): T => JSON.parse(readFileSync(join(...path), 'utf8')) as T;

describe('the Stack Exchange importer on a small site dump', () => {
  let dir: string;
  let manifest: ArchiveManifest;
  let eggs: ThreadRecord;
  let sauce: ThreadRecord;
  let ramen: ThreadRecord;

  beforeAll(() => {
    dir = join(tempDir('se-import'), 'records');
    manifest = importDump({
      dumpDir: fixture,
      recordsDir: dir,
      sourceUrl: 'https://cooking.stackexchange.com/',
    }).manifest;
    eggs = threadRecord(dir, '1');
    sauce = threadRecord(dir, '4');
    ramen = threadRecord(dir, '7');
  });

  test('should be chosen for a folder holding Posts.xml', () => {
    expect(importerFor(fixture).name).toBe('stackexchange');
    expect(manifest.format).toBe('stackexchange');
  });

  test('should make one thread per question, named after the dump folder', () => {
    expect(threadRecords(dir).map((thread) => thread.id)).toEqual(['1', '4', '7']);
    expect(manifest.title).toBe('cooking.stackexchange.com');
    expect(eggs.forum).toBe('cooking.stackexchange.com');
    expect(eggs.sourcePath).toBe('questions/1');
    expect(manifest.sourceUrl).toBe('https://cooking.stackexchange.com/');
  });

  test('should put answers after their question, oldest first, even when the file lists them first', () => {
    expect(eggs.posts.map((p) => p.sourceId)).toEqual(['1', '2', '3']);
    expect(eggs.posts.map((p) => p.n)).toEqual([1, 2, 3]);
  });

  test('should truncate UTC dates to the minute', () => {
    expect(eggs.posts.map((p) => p.date)).toEqual([
      '2015-04-11T14:58',
      '2015-04-11T15:10',
      '2015-04-12T09:30',
    ]);
  });

  test('should mark the accepted answer and link it from the question', () => {
    expect(eggs.posts[2]!.accepted).toBe(true);
    expect(eggs.posts[1]!.accepted).toBeUndefined();
    expect(eggs.posts[0]!.acceptedAnswer).toBe(3);
  });

  test('should name authors from Users.xml, else OwnerDisplayName, else "deleted user"', () => {
    expect(eggs.posts.map((p) => [p.author, p.authorId])).toEqual([
      ['Zoë Ærøskøbing', 'u11'],
      ['Ghost Cook', undefined],
      ['Alice Baker', 'u10'],
    ]);
    expect(sauce.posts[0]!.author).toBe('deleted user');
    expect(sauce.posts[0]!.authorId).toBeUndefined();
  });

  test('should keep scores, licenses and a question with no answers', () => {
    expect(eggs.posts.map((p) => p.score)).toEqual([5, -1, 12]);
    expect(sauce.posts).toHaveLength(1);
    expect(sauce.posts[0]!.license).toBe('CC BY-SA 4.0');
  });

  test('should read tags in both the <a><b> and the |a|b| form', () => {
    expect(eggs.tags).toEqual([
      { id: 'eggs', name: 'eggs' },
      { id: 'boiling', name: 'boiling' },
    ]);
    expect(sauce.tags?.map((t) => t.name)).toEqual(['sauce', 'c#']);
    expect(sauce.tags?.[1]!.id).toMatch(/^c-[0-9a-f]{8}$/);
  });

  test('should attach comments oldest first as plain text, authors from Users.xml or the row', () => {
    expect(eggs.posts[0]!.comments).toEqual([
      { date: '2015-04-11T14:59', author: 'anon', score: 0, text: 'First!' },
      {
        date: '2015-04-11T15:00',
        author: 'Alice Baker',
        score: 2,
        text: 'Do you mean <b>hard</b> boiled? <script>alert("comment")</script>',
      },
    ]);
    expect(sauce.posts[0]!.comments?.[0]!.author).toBe('Gone Cook');
    expect(eggs.posts[1]!.comments).toBeUndefined();
  });

  test('should keep non-ASCII text intact', () => {
    expect(ramen.title).toBe('日本語の質問: ラーメン');
    expect(ramen.posts[1]!.body).toBe('出汁を使ってください 🍜 — Zoë');
    expect(eggs.title).toBe('How long do I boil an égg?');
  });

  test('should store sanitized HTML and its plain text', () => {
    const [post] = sauce.posts;
    expect(post!.html).not.toMatch(/<script|onerror|onclick|javascript:|<img|<iframe|<svg|style=/i);
    expect(post!.html).toContain('<table>');
    expect(post!.body).toContain('Béchamel');
    expect(post!.body).not.toContain('<');
  });

  test('should count skipped post types and orphan answers in the manifest', () => {
    expect(manifest.skipped).toEqual({ 'post-type-4': 1, 'orphan-answer': 1 });
    expect(manifest.threads).toBe(3);
    expect(manifest.posts).toBe(6);
    expect(manifest.files).toBe(3);
  });

  test('should write author and tag lists that link to the posts', () => {
    const authors = read<AuthorRecord[]>(dir, 'authors.json');
    expect(authors).toEqual([
      { id: 'u10', name: 'Alice Baker', postCount: 2 },
      { id: 'u11', name: 'Zoë Ærøskøbing', postCount: 2 },
    ]);
    expect(readdirSync(join(dir, 'authors')).sort()).toEqual(['10.json', '11.json']);
    expect(read<AuthorBucket>(dir, 'authors', '10.json')['u10']).toEqual([
      { threadSlug: eggs.slug, title: eggs.title, n: 3, date: '2015-04-12T09:30' },
      { threadSlug: ramen.slug, title: ramen.title, n: 2, date: '2017-05-06T07:09' },
    ]);
    const tags = read<TagRecord[]>(dir, 'tags.json');
    expect(tags.map((t) => t.name)).toEqual([
      'boiling',
      'c#',
      'eggs',
      'japanese-cuisine',
      'sauce',
      'soup',
    ]);
    expect(read<{ id: string }[]>(dir, 'tags', 'eggs.json').map((t) => t.id)).toEqual(['1']);
  });

  test('should write files the published JSON Schema accepts', () => {
    const ajv = new Ajv2020({ allErrors: true });
    ajv.addSchema(
      read(new URL('../../../scripts/records/records.schema.json', import.meta.url).pathname),
    );
    const check = (def: string, file: string) => {
      const validate = ajv.getSchema(
        `https://forum-archive.invalid/records.schema.json#/$defs/${def}`,
      )!;
      expect(validate(read(file)), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    };
    check('manifest', join(dir, 'archive.json'));
    check('authors', join(dir, 'authors.json'));
    check('tags', join(dir, 'tags.json'));
    for (const f of readdirSync(join(dir, 'threads'))) check('threadPack', join(dir, 'threads', f));
    for (const f of readdirSync(join(dir, 'authors')))
      check('authorBucket', join(dir, 'authors', f));
    for (const f of readdirSync(join(dir, 'tags'))) check('forumThreads', join(dir, 'tags', f));
  });

  test('should remove the lists of an earlier run when a dump without authors is imported', () => {
    const sample = join(tempDir('se-plain'), 'dump');
    mkdirSync(sample);
    writeFileSync(join(sample, 'a.txt'), 'Forum\nTitle\n\nPost 11 Apr 2015, 14:58\nHello\n');
    importDump({ dumpDir: sample, recordsDir: dir });
    expect(readdirSync(dir).sort()).toEqual(['archive.json', 'forums', 'forums.json', 'threads']);
    // Leave the folder as the other tests expect it, whatever order they run in.
    importDump({
      dumpDir: fixture,
      recordsDir: dir,
      sourceUrl: 'https://cooking.stackexchange.com/',
    });
  });
});

/** A dump folder named like a site, holding `files` (name → lines), and a records folder beside it. */
function dumpOf(prefix: string, files: Record<string, readonly string[]>, eol = '\n') {
  const root = tempDir(prefix);
  const dump = join(root, 'site');
  mkdirSync(dump);
  for (const [name, lines] of Object.entries(files))
    writeFileSync(join(dump, name), lines.join(eol));
  return { dump, dir: join(root, 'records') };
}

describe('the Stack Exchange importer on an unusual dump', () => {
  test('should import Posts.xml alone, every author a deleted user or a display name', () => {
    const dump = join(tempDir('se-posts-only'), 'site');
    mkdirSync(dump);
    cpSync(join(fixture, 'Posts.xml'), join(dump, 'Posts.xml'));
    const dir = join(tempDir('se-posts-only'), 'records');
    const { manifest } = importDump({ dumpDir: dump, recordsDir: dir });
    const eggs = threadRecord(dir, '1');
    expect(manifest.files).toBe(1);
    expect(eggs.posts.map((p) => p.author)).toEqual(['deleted user', 'Ghost Cook', 'deleted user']);
    expect(eggs.posts.every((p) => p.comments === undefined)).toBe(true);
  });

  test('should count a malformed row, a bad date and a repeated question without losing the thread', () => {
    const { dump, dir } = dumpOf(
      'se-broken',
      {
        'Posts.xml': [
          '<?xml version="1.0" encoding="utf-8"?>',
          '<posts>',
          '  <row Id="1" PostTypeId="1" CreationDate="2020-01-01T00:00:00.000" Title="Q" Body="&lt;p&gt;q&lt;/p&gt;" />',
          '  <row Id="2" PostTypeId="2" ParentId="1" CreationDate="yesterday" Body="a" />',
          '  <row Id="3" PostTypeId="2" ParentId="1" CreationDate="2020-01-02T00:00:00.000" Body="&lt;p&gt;b" />',
          '  <row Id="5" PostTypeId="1" CreationDate="2020-01-01T00:00:00.000" Title="Q"',
          '  <row Id="1" PostTypeId="1" CreationDate="2021-01-01T00:00:00.000" Title="Again" />',
          '</posts>',
        ],
      },
      '\r\n',
    );
    const { manifest } = importDump({ dumpDir: dump, recordsDir: dir, format: 'stackexchange' });
    const thread = threadRecord(dir, '1');
    expect(thread.posts.map((p) => p.sourceId)).toEqual(['1', '3']);
    expect(thread.posts[1]!.html).toBe('<p>b</p>');
    expect(manifest.skipped).toEqual({
      'invalid-answer': 1,
      'invalid-row': 1,
      'duplicate-question': 1,
    });
    expect(threadRecords(dir).map((thread) => thread.id)).toEqual(['1']);
  });

  test('should count malformed user rows, their posts keeping the name the post gives', () => {
    const { dump, dir } = dumpOf('se-bad-users', {
      'Posts.xml': [
        '<posts>',
        '  <row Id="1" PostTypeId="1" CreationDate="2020-01-01T00:00:00.000" Title="Q" Body="q" OwnerUserId="7" OwnerDisplayName="Old Name" />',
        '  <row Id="2" PostTypeId="2" ParentId="1" CreationDate="2020-01-02T00:00:00.000" Body="a" OwnerUserId="8" />',
        '  <row Id="3" PostTypeId="2" ParentId="1" CreationDate="2020-01-03T00:00:00.000" Body="b" OwnerUserId="9" />',
        '</posts>',
      ],
      'Users.xml': [
        '<users>',
        '  <row Id="7" DisplayName="Cut Off"',
        '  <row Id="8" DisplayName="Ann" />',
        '  <row Id="9" DisplayName="Unclosed />',
        '  <row DisplayName="No Id" />',
        '</users>',
      ],
    });
    const { manifest } = importDump({ dumpDir: dump, recordsDir: dir });
    const thread = threadRecord(dir, '1');
    expect(thread.posts.map((p) => p.author)).toEqual(['Old Name', 'Ann', 'deleted user']);
    expect(manifest.skipped).toEqual({ 'invalid-user': 3 });
  });

  test('should reject a folder without Posts.xml when the format is forced', () => {
    const dump = tempDir('se-empty');
    const dir = join(tempDir('se-empty'), 'records');
    const { manifest } = importDump({ dumpDir: dump, recordsDir: dir, format: 'stackexchange' });
    expect(manifest.rejected).toEqual([
      { file: 'Posts.xml', line: null, reason: 'unreadable', message: 'Posts.xml is missing' },
    ]);
  });
});
