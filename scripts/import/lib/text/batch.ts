import type { DumpIssue } from '../../../parse/index.ts';
import type { NaiveDateTime } from '../../../records/types.ts';
import type { DumpEntry } from '../../../read/walk.ts';
import { postRecordsOf, readThreadFile } from './read-thread.ts';

/** A thread file as a worker hands it back: the posts are in the batch's `posts` bytes. */
export type FileSummary =
  | { kind: 'unreadable'; message: string }
  | { kind: 'rejected'; sha256: string; issue: DumpIssue }
  | {
      kind: 'thread';
      sha256: string;
      forum: string;
      title: string;
      /** The posts' dates, in file order: all the collector needs of them. */
      dates: NaiveDateTime[];
      /** Length of the thread's posts in `posts`. */
      bytes: number;
    };

/** A batch of files read on a worker, in the order asked for. */
export interface FileBatch {
  files: FileSummary[];
  /** `JSON.stringify` of each thread's post records as UTF-8, back to back. */
  posts: Uint8Array;
}

/**
 * Reads, parses and serializes a batch of thread files. Posts travel as JSON bytes, not objects:
 * copying bytes between threads costs a fraction of cloning the objects, and the calling thread
 * writes them out as they are (see `RecordWriter.writeThread`).
 */
export function readFileBatch(entries: readonly DumpEntry[]): FileBatch {
  const files: FileSummary[] = [];
  const jsons: string[] = [];
  let total = 0;
  for (const entry of entries) {
    const file = readThreadFile(entry);
    if (file.kind !== 'thread') {
      files.push(file);
      continue;
    }
    const { forum, title, posts } = file.thread;
    const json = JSON.stringify(postRecordsOf(file.thread));
    const bytes = Buffer.byteLength(json);
    jsons.push(json);
    total += bytes;
    const dates = posts.map((post) => post.date);
    files.push({ kind: 'thread', sha256: file.sha256, forum, title, dates, bytes });
  }
  // One buffer a batch: each thread's own would cost an allocation and a copy more.
  const out = Buffer.allocUnsafe(total);
  let offset = 0;
  for (const json of jsons) offset += out.write(json, offset);
  return { files, posts: out };
}
