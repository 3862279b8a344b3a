/**
 * Reads the author and tag lists (`authors.json`, `tags.json` and their folders; layout in
 * `scripts/records/types.ts`). Archives without authors or tags have no such files, which reads
 * as empty lists, so their author and tag routes render no pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AuthorPost,
  AuthorRecord,
  TagRecord,
  ThreadSummary,
} from '../../scripts/records/types.ts';
import { recordsDir } from './records.ts';

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

/** An author's posts, oldest first. */
export function getAuthorPosts(id: string): AuthorPost[] {
  return readList<AuthorPost>('authors', `${safeId(id)}.json`);
}

/** Every tag, sorted by name. */
export function getTags(): TagRecord[] {
  return readList<TagRecord>('tags.json');
}

/** A tag's threads, newest activity first. */
export function getTagThreads(id: string): ThreadSummary[] {
  return readList<ThreadSummary>('tags', `${safeId(id)}.json`);
}
