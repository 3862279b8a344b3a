import { Worker } from 'node:worker_threads';
import { CliError } from '../../../utils/cli-error.ts';
import type { ShardJob } from './write-shard.ts';

/** What a shard worker reports: its page count, or an error the user can act on. */
export type ShardMessage =
  { pages: number } | { error: { message: string; hint?: string | undefined } };

/** Writes one shard's bundle on a worker thread (its own heap and core); resolves to its page count. */
export function runShard(job: ShardJob): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./shard-worker.ts', import.meta.url), { workerData: job });
    let message: ShardMessage | undefined;
    worker.on('message', (received: ShardMessage) => (message = received));
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (message && 'error' in message)
        reject(new CliError(message.error.message, message.error.hint));
      else if (code === 0 && message) resolve(message.pages);
      else
        reject(new Error(`The search index worker for ${job.bundleDir} stopped (exit ${code}).`));
    });
  });
}
