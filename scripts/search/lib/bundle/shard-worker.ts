import { parentPort, workerData } from 'node:worker_threads';
import { CliError } from '../../../utils/cli-error.ts';
import { writeShard, type ShardJob } from './write-shard.ts';
import type { ShardMessage } from './run-shard.ts';

if (parentPort === null) throw new Error('shard-worker.ts must run as a worker thread');
let message: ShardMessage;
try {
  message = { pages: writeShard(workerData as ShardJob) };
} catch (error) {
  // A worker's errors reach the main thread as plain errors: keep what the user can act on.
  if (!(error instanceof CliError)) throw error;
  message = { error: { message: error.message, hint: error.hint } };
}
parentPort.postMessage(message);
