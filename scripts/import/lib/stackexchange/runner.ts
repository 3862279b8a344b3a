import { closeSync, openSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import {
  mapThreadBatch,
  taskBytes,
  type BatchInput,
  type BatchResult,
  type ThreadTask,
} from './batch.ts';
import type { PackedBatch } from './pack.ts';
import { SyncWorkerPool } from '../worker-pool.ts';
import { LARGE_THREAD_BYTES } from './tasks.ts';
import { userNameLookup } from './user-table.ts';

/** A batch's result: as mapped on the calling thread, or with its posts serialized by a worker. */
export type RunnerResult = BatchResult | PackedBatch;

/** Maps batches of threads and hands the results back in submission order. */
export interface BatchRunner {
  /** Queues a batch; calls `onResult` for every result that is ready by now. */
  submit(tasks: ThreadTask[], onResult: (result: RunnerResult) => void): void;
  /** Calls `onResult` for every result still outstanding. */
  finish(onResult: (result: RunnerResult) => void): void;
  /** Frees the files or workers; safe to call after a failure. */
  close(): void;
}

/** Results waiting per worker: keeps both busy, and memory bounded to a few batches. */
const IN_FLIGHT_PER_WORKER = 4;

/**
 * Heap of a worker, in MB. Left alone, V8 lets each worker's heap grow to hundreds of MB of
 * garbage (syntax trees of bodies already written); a batch needs a few tens of MB live. Threads
 * too large for this are mapped on the calling thread instead (see `LARGE_THREAD_BYTES`).
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32 };

/**
 * Where sanitizing happens: `workers` threads (0 maps on the calling thread). Worth it only when
 * there is enough to do: starting a worker costs about as much as mapping a hundred threads.
 */
export function batchRunner(input: BatchInput, workers: number): BatchRunner {
  return workers > 0 ? poolRunner(input, workers) : inlineRunner(input);
}

/**
 * One worker per core the import may use (`jobs`, default all): the calling thread only reads the
 * index and writes records. With one core, mapping inline saves handing every batch over.
 */
export function defaultWorkers(threads: number, jobs = availableParallelism()): number {
  return threads < 500 || jobs < 2 ? 0 : jobs;
}

function inlineRunner(input: BatchInput): BatchRunner {
  const postsFd = openSync(input.postsPath, 'r');
  const commentsFd =
    input.commentsPath === undefined ? undefined : openSync(input.commentsPath, 'r');
  const context = {
    postsFd,
    commentsFd,
    forum: input.forum,
    sha256: input.sha256,
    userName: userNameLookup(input.users),
  };
  return {
    submit: (tasks, onResult) => onResult(mapThreadBatch(tasks, context)),
    finish: () => {},
    close() {
      closeSync(postsFd);
      if (commentsFd !== undefined) closeSync(commentsFd);
    },
  };
}

function poolRunner(input: BatchInput, workers: number): BatchRunner {
  const pool = new SyncWorkerPool<ThreadTask[], PackedBatch>(
    new URL('./worker.ts', import.meta.url),
    workers,
    input,
    WORKER_HEAP,
  );
  const inline = inlineRunner(input);
  const finish = (onResult: (result: RunnerResult) => void) => {
    while (pool.pending > 0) onResult(pool.take());
  };
  return {
    submit(tasks, onResult) {
      if (tasks.length === 1 && taskBytes(tasks[0]!) >= LARGE_THREAD_BYTES) {
        // Results stay in order: everything handed out before comes back first.
        finish(onResult);
        return inline.submit(tasks, onResult);
      }
      pool.submit(tasks);
      while (pool.pending >= workers * IN_FLIGHT_PER_WORKER) onResult(pool.take());
    },
    finish,
    close() {
      pool.close();
      inline.close();
    },
  };
}
