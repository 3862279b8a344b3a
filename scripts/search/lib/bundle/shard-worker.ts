import { parentPort, workerData } from 'node:worker_threads';
import { writeShard, type ShardJob } from './write-shard.ts';

if (parentPort === null) throw new Error('shard-worker.ts must run as a worker thread');
parentPort.postMessage(writeShard(workerData as ShardJob));
