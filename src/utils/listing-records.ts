/**
 * Reads the author and tag lists (`authors.json`, `tags.json` and their folders; layout in
 * `scripts/records/types.ts`). Archives without authors or tags have no such files, which reads
 * as empty lists, so their author and tag routes render no pages.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AuthorBucket,
  AuthorPost,
  AuthorRecord,
  TagRecord,
  ThreadSummary,
} from '../../scripts/records/types.ts';
import { recordsDir } from './records.ts';
import { authorBucket } from './url.ts';

function readList<T>(...path: string[]): T[] {
  const file = join(recordsDir(), ...path);
  if (!existsSync(file)) return [];
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(value)) throw new Error(`Records file ${file} should hold a JSON array`);
  return value as T[];
}

/** Ids become file names: refuse anything that could leave the folder. */
function safeId(id: string): string {
  if (!/^[\w-]+$/.test(id)) throw new Error(`Invalid author or tag id "${id}" in the records`);
  return id;
}

/** Every author with a page, sorted by name. */
export function getAuthors(): AuthorRecord[] {
  return readList<AuthorRecord>('authors.json');
}

/** Every author with a page, grouped by `authorBucket` (by name within a bucket). */
export function getAuthorsByBucket(): AuthorRecord[] {
  const keyed = getAuthors().map((author) => ({ bucket: authorBucket(author.id), author }));
  keyed.sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0));
  return keyed.map(({ author }) => author);
}

/**
 * An author's posts, oldest first. Every author in `authors.json` has them in their bucket; one
 * missing means records of another version (one file per author) or cut short: never an empty page.
 */
export function getAuthorPosts(id: string): AuthorPost[] {
  const file = join(recordsDir(), 'authors', `${authorBucket(safeId(id))}.json`);
  const bucket = readBucket(file);
  if (bucket === undefined || !Object.hasOwn(bucket, id)) {
    const problem =
      bucket === undefined
        ? `is missing, and authors.json lists author "${id}", whose posts it should hold.`
        : `holds no posts for author "${id}", whom authors.json lists.`;
    throw new Error(
      `Records file ${file} ${problem} ` +
        'Parse the dump again (forum-archive build or parse) to rewrite the records.',
    );
  }
  return bucket[id]!;
}

/**
 * Buckets read lately, with the file's identity when read. The author pages render bucket by
 * bucket (see their `getStaticPaths`), a few at once: two entries give every bucket one read.
 */
const buckets = new Map<string, { stamp: string; authors: AuthorBucket }>();
const BUCKETS_KEPT = 2;

/**
 * An `authors/<bucket>.json` (`undefined`: no such file): read once per run of its pages, again if
 * the records change. One `stat` a page, which also tells a missing file.
 */
function readBucket(file: string): AuthorBucket | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (stats === undefined) return undefined;
  const stamp = `${stats.ino}:${stats.mtimeMs}`;
  const kept = buckets.get(file);
  if (kept?.stamp === stamp) return kept.authors;
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`Records file ${file} should hold a JSON object of author ids`);
  }
  buckets.delete(file);
  if (buckets.size >= BUCKETS_KEPT) buckets.delete(buckets.keys().next().value!);
  buckets.set(file, { stamp, authors: value as AuthorBucket });
  return value as AuthorBucket;
}

/** Every tag, sorted by name. */
export function getTags(): TagRecord[] {
  return readList<TagRecord>('tags.json');
}

/** A tag's threads, newest activity first. */
export function getTagThreads(id: string): ThreadSummary[] {
  return readList<ThreadSummary>('tags', `${safeId(id)}.json`);
}
