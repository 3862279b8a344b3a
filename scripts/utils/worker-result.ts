import { Worker } from 'node:worker_threads';

/**
 * Runs `entry` on a worker thread with `workerData` and resolves with the one message it posts;
 * rejects with what it threw, or when it exits without answering (`what` names it then).
 */
export function workerResult<T>(entry: URL, workerData: unknown, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData });
    worker.once('message', (result: T) => resolve(result));
    worker.once('error', reject);
    // Settled already if it answered: a later rejection is ignored.
    worker.once('exit', (code) => reject(new Error(`${what} exited (code ${code}) unanswered`)));
  });
}
