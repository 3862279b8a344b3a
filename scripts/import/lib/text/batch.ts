import type { NaiveDateTime } from '../../../records/types.ts';
import type { DumpEntry } from '../../../read/walk.ts';
import { JsonBytes } from './posts-json.ts';
import { scanThreadFileAt, type FileProblem } from './read-thread.ts';

/** What every thread file that gave a thread has, however its posts travel. */
export interface ThreadFileHead {
  kind: 'thread';
  sha256: string;
  forum: string;
  title: string;
}

/** A thread file as a worker hands it back: the posts are in the batch's `posts` bytes. */
export type FileSummary =
  | FileProblem
  | (ThreadFileHead & {
      /** The posts' dates, in file order: all the collector needs of them. */
      dates: NaiveDateTime[];
      /** Length of the thread's posts in `posts`. */
      bytes: number;
    });

/** A batch of files read on a worker, in the order asked for. */
export interface FileBatch {
  files: FileSummary[];
  /** `JSON.stringify` of each thread's post records as UTF-8, back to back. */
  posts: Uint8Array;
}

/**
 * Reads, parses and serializes a batch of thread files: `posts` holds the bytes `JSON.stringify`
 * of their post records would give (see `JsonBytes`). Posts travel as JSON bytes, not objects:
 * copying bytes between threads costs a fraction of cloning the objects, and the calling thread
 * writes them out as they are (see `RecordWriter.writeThread`).
 */
export function readFileBatch(entries: readonly DumpEntry[]): FileBatch {
  const files: FileSummary[] = [];
  json.length = 0;
  for (const entry of entries) {
    const file = scanThreadFileAt(entry);
    if (file.kind !== 'thread') {
      files.push(file);
      continue;
    }
    const { forum, title, posts } = file.thread;
    const start = json.length;
    json.scannedPosts(file.bytes, posts);
    const dates = posts.map((post) => post.date);
    const bytes = json.length - start;
    files.push({ kind: 'thread', sha256: file.sha256, forum, title, dates, bytes });
  }
  // A buffer of its own: a worker hands it to the caller (transfers it) instead of copying it.
  const posts = json.bytes.slice(0, json.length);
  // A batch with a huge thread must not keep its room for the rest of the import.
  if (json.bytes.length > KEPT_BYTES) json = new JsonBytes();
  return { files, posts };
}

/** Kept from batch to batch, so its buffers are allocated a few times per worker only. */
let json = new JsonBytes();
const KEPT_BYTES = 16 << 20;
