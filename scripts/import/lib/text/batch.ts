// From its module, not the records' index: every worker loads what this file imports, and the
// index brings the writer, the collector and the slug library (~0.15 CPU-s a worker to load).
import { tallyPosts, type PostTally } from '../../../records/lib/summary.ts';
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
      /**
       * All the collector needs of the posts, tallied here: their dates as strings cost the
       * calling thread, which the import waits on, a clone, an object and a month count each.
       */
      tally: PostTally;
      /** Length of the thread's posts in `posts`. */
      bytes: number;
    });

/** Files for a worker to read, and a buffer to write their posts into. */
export interface FileTask {
  entries: readonly DumpEntry[];
  /**
   * The buffer of an earlier batch's `posts`, which the caller is done with. Buffers go back and
   * forth instead of each batch getting a new one: 550 MB of fresh memory at 50,000 threads,
   * each page faulted in by the worker and unmapped again by the caller.
   */
  spare: ArrayBuffer | null;
}

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
export function readFileBatch({ entries, spare }: FileTask): FileBatch {
  const files: FileSummary[] = [];
  const reusable = spare !== null && spare.byteLength <= KEPT_BYTES;
  json.restart(reusable ? new Uint8Array(spare) : new Uint8Array(FIRST_BYTES));
  for (const entry of entries) {
    const file = scanThreadFileAt(entry);
    if (file.kind !== 'thread') {
      files.push(file);
      continue;
    }
    const { forum, title, posts } = file.thread;
    const start = json.length;
    json.scannedPosts(file.bytes, posts);
    const bytes = json.length - start;
    files.push({
      kind: 'thread',
      sha256: file.sha256,
      forum,
      title,
      tally: tallyPosts(posts),
      bytes,
    });
  }
  // The batch takes the buffer along (a worker transfers it to the caller instead of copying it).
  return { files, posts: json.bytes.subarray(0, json.length) };
}

/** Kept from batch to batch, so its other buffers are allocated a few times per worker only. */
const json = new JsonBytes();
/** Room for a batch's posts when no buffer comes back: ~30 threads of 11 KB, the average. */
const FIRST_BYTES = 1 << 20;
/** A buffer grown past this by a huge thread is not reused: it would keep that room. */
const KEPT_BYTES = 16 << 20;
