import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuthorRecord, TagRecord } from '../../../scripts/records/types.ts';
import { getForums, getForumThreads } from '../../../src/utils/records.ts';
import { sitePages } from '../../../src/utils/site-pages.ts';
import { FIXTURE_RECORDS, useRecords } from '../../helpers/fixture-records.ts';

const SITE = new URL('https://h.org/sub/');
const authors: AuthorRecord[] = [
  { id: 'u10', name: 'Alice', postCount: 51 },
  { id: 'u11', name: 'Bob', postCount: 1 },
];
const tags: TagRecord[] = [
  { id: 'python', name: 'python', threadCount: 101 },
  { id: 'c-951a4d36', name: 'c#', threadCount: 2 },
];

describe('sitePages', () => {
  let records: string;

  beforeAll(() => {
    // The fixture records plus author and tag lists, as a Stack Exchange import writes them.
    records = mkdtempSync(join(tmpdir(), 'site-pages-'));
    cpSync(FIXTURE_RECORDS, records, { recursive: true });
    writeFileSync(join(records, 'authors.json'), JSON.stringify(authors));
    writeFileSync(join(records, 'tags.json'), JSON.stringify(tags));
  });
  useRecords(() => records);

  afterAll(() => rmSync(records, { recursive: true, force: true }));

  const locs = () => sitePages(SITE).map((entry) => entry.loc);

  test('should list every page of every author, 50 posts a page', () => {
    const authorLocs = locs().filter((loc) => loc.includes('/authors/'));
    expect(authorLocs).toEqual([
      'https://h.org/sub/authors/10/u10/',
      'https://h.org/sub/authors/10/u10/2/',
      'https://h.org/sub/authors/11/u11/',
    ]);
  });

  test('should list every page of every tag, 50 threads a page', () => {
    const tagLocs = locs().filter((loc) => loc.includes('/tags/'));
    expect(tagLocs).toEqual([
      'https://h.org/sub/tags/python/',
      'https://h.org/sub/tags/python/2/',
      'https://h.org/sub/tags/python/3/',
      'https://h.org/sub/tags/c-951a4d36/',
    ]);
  });

  test('should still list the thread pages, in their id buckets, once each', () => {
    const all = locs();
    expect(new Set(all).size).toBe(all.length);
    const slugs = getForums().flatMap((forum) => getForumThreads(forum.id).map((t) => t.slug));
    for (const slug of slugs) {
      expect(all).toContain(`https://h.org/sub/t/${slug.slice(0, 2)}/${slug}/`);
    }
  });

  test('should add no author or tag pages for records without those lists', () => {
    rmSync(join(records, 'authors.json'));
    rmSync(join(records, 'tags.json'));
    expect(locs().filter((loc) => /\/(authors|tags)\//.test(loc))).toEqual([]);
  });
});
