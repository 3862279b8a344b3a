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
  let length = 0;
  for (const entry of entries) {
    const file = readThreadFile(entry);
    if (file.kind !== 'thread') {
      files.push(file);
      continue;
    }
    const { forum, title, posts } = file.thread;
    const json = JSON.stringify(postRecordsOf(file.thread));
    const bytes = encodeAt(json, length);
    length += bytes;
    const dates = posts.map((post) => post.date);
    files.push({ kind: 'thread', sha256: file.sha256, forum, title, dates, bytes });
  }
  const posts = scratch.slice(0, length);
  // A batch with a huge thread must not keep its room for the rest of the import.
  if (scratch.length > SCRATCH_KEPT) scratch = new Uint8Array(SCRATCH_KEPT);
  return { files, posts };
}

/** Where a batch's posts are encoded; kept from batch to batch, so it is allocated a few times only. */
const SCRATCH_KEPT = 16 << 20;
let scratch = new Uint8Array(1 << 20);
const encoder = new TextEncoder();

/**
 * Encodes `text` as UTF-8 into `scratch` at `offset`, growing it first if `text` might not fit
 * (3 bytes per UTF-16 unit at most). Cheaper than measuring the UTF-8 length first: measuring
 * a string that is not Latin-1 costs as much as encoding it.
 */
function encodeAt(text: string, offset: number): number {
  const room = offset + text.length * 3;
  if (room > scratch.length) {
    const grown = new Uint8Array(Math.max(room, scratch.length * 2));
    grown.set(scratch.subarray(0, offset));
    scratch = grown;
  }
  return encoder.encodeInto(text, scratch.subarray(offset)).written;
}
