import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuthorBucket, AuthorPost, AuthorRecord } from '../../../scripts/records/types.ts';
import { getAuthorPosts, getAuthorsByBucket } from '../../../src/utils/listing-records.ts';
import { useRecords } from '../../helpers/fixture-records.ts';

const post = (n: number): AuthorPost => ({
  threadSlug: 'boiling-eggs-1',
  title: 'Boiling eggs',
  n,
  date: '2015-04-12T09:30',
});
const authors: AuthorRecord[] = [
  { id: 'u110', name: 'Alice', postCount: 1 },
  { id: 'u9', name: 'Bob', postCount: 1 },
  { id: 'u210', name: 'Carol', postCount: 2 },
  { id: 'u11', name: 'Dan', postCount: 1 },
];

describe('author lists', () => {
  let records: string;
  const writeBucket = (bucket: string, authors: AuthorBucket) =>
    writeFileSync(join(records, 'authors', `${bucket}.json`), JSON.stringify(authors));

  beforeAll(() => {
    records = mkdtempSync(join(tmpdir(), 'listing-records-'));
    mkdirSync(join(records, 'authors'));
    writeFileSync(join(records, 'authors.json'), JSON.stringify(authors));
    writeBucket('10', { u110: [post(1)], u210: [post(2), post(3)] });
    writeBucket('11', { u11: [post(4)] });
    writeBucket('u9', { u9: [post(5)] });
  });
  useRecords(() => records);

  afterAll(() => rmSync(records, { recursive: true, force: true }));

  test('should read an author’s posts out of the bucket their id ends in', () => {
    expect(getAuthorPosts('u210')).toEqual([post(2), post(3)]);
    expect(getAuthorPosts('u110')).toEqual([post(1)]);
    expect(getAuthorPosts('u11')).toEqual([post(4)]);
    expect(getAuthorPosts('u9')).toEqual([post(5)]);
  });

  test('should refuse an author their bucket does not hold, or a missing bucket, naming the file', () => {
    expect(() => getAuthorPosts('u310')).toThrow(
      /authors\/10\.json holds no posts for author "u310"/,
    );
    expect(() => getAuthorPosts('u77')).toThrow(
      /authors\/77\.json is missing, and authors\.json lists author "u77"/,
    );
  });

  test('should not take members every object has for authors', () => {
    // Their buckets exist, so the lookup, not a missing file, is what refuses them.
    writeBucket('or', {});
    writeBucket('__', {});
    expect(() => getAuthorPosts('constructor')).toThrow(/holds no posts/);
    expect(() => getAuthorPosts('__proto__')).toThrow(/holds no posts/);
  });

  test('should refuse an id that could leave the records folder', () => {
    expect(() => getAuthorPosts('../10')).toThrow(/Invalid author or tag id/);
  });

  test('should read a bucket again when its file is replaced', () => {
    expect(getAuthorPosts('u11')).toEqual([post(4)]);
    // As a new parse does: new files in place of the old (a new inode, whatever the clock).
    const replacement = join(records, 'authors', 'replacement.json');
    writeFileSync(replacement, JSON.stringify({ u11: [post(6)] }));
    renameSync(replacement, join(records, 'authors', '11.json'));
    expect(getAuthorPosts('u11')).toEqual([post(6)]);
  });

  test('should list the authors bucket by bucket, by name within a bucket', () => {
    expect(getAuthorsByBucket().map((author) => author.id)).toEqual(['u110', 'u210', 'u11', 'u9']);
  });
});
