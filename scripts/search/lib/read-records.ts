import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readThreadRecord } from '../../records/index.ts';
import type { ForumRecord, RecordRange, ThreadRecord, ThreadSummary } from '../../records/types.ts';

/** A thread to index: its id and where its record is, URL slug and size. */
export interface ThreadEntry {
  id: string;
  at: RecordRange;
  slug: string;
  posts: number;
  lastPostAt: string;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Every thread of the records in `recordsDir`, from the forums' summaries (no thread file read). */
export function listThreads(recordsDir: string): ThreadEntry[] {
  return readJson<ForumRecord[]>(join(recordsDir, 'forums.json')).flatMap((forum) =>
    readJson<ThreadSummary[]>(join(recordsDir, 'forums', `${forum.id}.json`)).map((thread) => ({
      id: thread.id,
      at: thread.at,
      slug: thread.slug,
      posts: thread.postCount,
      lastPostAt: thread.lastPostAt,
    })),
  );
}

/** One thread's record, read from its pack. */
export function readThread(recordsDir: string, entry: ThreadEntry): ThreadRecord {
  return readThreadRecord(recordsDir, entry);
}
