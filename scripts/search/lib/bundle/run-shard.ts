import { Worker } from 'node:worker_threads';
import type { ShardJob } from './write-shard.ts';

/** Writes one shard's bundle on a worker thread (its own heap and core); resolves to its page count. */
export function runShard(job: ShardJob): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./shard-worker.ts', import.meta.url), { workerData: job });
    let pages: number | undefined;
    worker.on('message', (count: number) => (pages = count));
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code === 0 && pages !== undefined) resolve(pages);
      else
        reject(new Error(`The search index worker for ${job.bundleDir} stopped (exit ${code}).`));
    });
  });
}
