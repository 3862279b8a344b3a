import { availableParallelism } from 'node:os';
import type { PostTally } from '../../../records/index.ts';
import type { PostRecord } from '../../../records/types.ts';
import type { DumpEntry } from '../../../read/walk.ts';
import { SyncWorkerPool } from '../worker-pool.ts';
import type { FileBatch, FileTask, ThreadFileHead } from './batch.ts';
import { postRecordsOf, readThreadFile, type FileProblem } from './read-thread.ts';

/** A thread file as the importer consumes it, whichever thread read it. */
export type ReadFile =
  | FileProblem
  | (ThreadFileHead & {
      posts: PostRecord[];
      /**
       * Set when a worker serialized the posts, with `tally`: `posts` is then empty. Valid until
       * the next file is taken: its buffer goes back to the workers.
       */
      postsJson?: Uint8Array;
      tally?: PostTally;
    });

/**
 * Below this many files a dump is read on the calling thread: a worker costs about 0.3 s of CPU
 * to start (loading and type-stripping its modules, compiling the parser again), so at 3,000
 * files (33 MB) two workers took longer than none on a busy 2-core machine; at 10,000 about
 * the same, at 50,000 a third less.
 */
const PARALLEL_FROM = 5_000;
/** Files per message: few enough to keep memory small, enough that messaging stays cheap. */
const FILES_PER_BATCH = 32;
/**
 * Batches handed to each worker and not yet taken back, at most. Results are taken in file order,
 * so when the caller is held up (waiting on one worker's batch of long threads, or in a slow
 * write) the workers need work queued: at 4 they ran dry, idle ~1.2 s each at L. 16 took L's
 * parse from 5.0–5.8 s to 4.8–5.2 s, its peak RSS ~20 MB higher.
 */
const MOST_IN_FLIGHT_PER_WORKER = 16;
/** And at least: one batch being read, one waiting. */
const LEAST_IN_FLIGHT_PER_WORKER = 2;
/**
 * About how many bytes the posts buffers of the batches in flight may hold. A batch is 32 files
 * whatever their size (each buffer 1 MB or more): in a dump of 2 MB threads, 16 batches a worker
 * would hold ~2 GB.
 */
const IN_FLIGHT_BYTES = 64 << 20;

/** One worker per core the import may use, for dumps large enough to pay for starting them. */
export function defaultWorkers(files: number, jobs = availableParallelism()): number {
  return files < PARALLEL_FROM || jobs < 2 ? 0 : jobs;
}

/**
 * How many batches may be in flight on `workers` workers, given the posts buffers of the `taken`
 * batches back so far (`takenBytes` in all): as many as `IN_FLIGHT_BYTES` holds at their average
 * size, within the bounds per worker; the fewest until one batch is back.
 */
export function batchesInFlight(workers: number, taken: number, takenBytes: number): number {
  if (taken === 0) return workers * LEAST_IN_FLIGHT_PER_WORKER;
  const fit = Math.floor(IN_FLIGHT_BYTES / (takenBytes / taken) / workers);
  return workers * Math.min(MOST_IN_FLIGHT_PER_WORKER, Math.max(LEAST_IN_FLIGHT_PER_WORKER, fit));
}

/** Worker threads that read thread files: `readThreadFiles` uses them and closes them. */
export type FileReaders = SyncWorkerPool<FileTask, FileBatch>;

/**
 * Starts `workers` file readers. A worker takes ~0.2 s to start (a thread, a Node environment,
 * the modules it loads), so a caller may start them before it knows every file to read.
 */
export function startFileReaders(workers: number): FileReaders {
  return new SyncWorkerPool<FileTask, FileBatch>(
    new URL('./worker.ts', import.meta.url),
    workers,
    null,
  );
}

/**
 * Reads the files in order, on `readers` (null: on the calling thread), and closes them. Results
 * come back in file order whatever thread read them, since the ids are claimed in that order; at
 * most a few batches are in flight, so memory does not grow with the dump.
 */
export function readThreadFiles(
  entries: DumpEntry[],
  readers: FileReaders | null,
): Iterable<ReadFile> {
  return readers ? readPooled(entries, readers) : readInline(entries);
}

function* readInline(entries: DumpEntry[]): Generator<ReadFile> {
  for (const entry of entries) {
    const file = readThreadFile(entry);
    if (file.kind !== 'thread') {
      yield file;
      continue;
    }
    const { sha256, thread } = file;
    const { forum, title } = thread;
    yield { kind: 'thread', sha256, forum, title, posts: postRecordsOf(thread) };
  }
}

function* readPooled(entries: DumpEntry[], pool: FileReaders): Generator<ReadFile> {
  const workers = pool.size;
  let next = 0;
  /** The last batch's posts buffer, once its files are used: it goes back with the next task. */
  let spare: ArrayBuffer | null = null;
  const submit = () => {
    if (next >= entries.length) return;
    pool.submit(
      { entries: entries.slice(next, (next += FILES_PER_BATCH)), spare },
      spare ? [spare] : [],
    );
    spare = null;
  };
  let taken = 0;
  let takenBytes = 0;
  const fill = () => {
    while (next < entries.length && pool.pending < batchesInFlight(workers, taken, takenBytes)) {
      submit();
    }
  };
  try {
    fill();
    while (pool.pending > 0) {
      const batch = pool.take();
      taken += 1;
      takenBytes += batch.posts.buffer.byteLength;
      fill();
      let offset = 0;
      for (const file of batch.files) {
        if (file.kind !== 'thread') {
          yield file;
          continue;
        }
        const { bytes, ...rest } = file;
        yield { ...rest, posts: [], postsJson: batch.posts.subarray(offset, (offset += bytes)) };
      }
      spare = batch.posts.buffer as ArrayBuffer;
    }
  } finally {
    pool.close();
  }
}
