// Worker entry of `writeDump`: writes the folders it is given and posts its stats back.
import { parentPort, workerData } from 'node:worker_threads';
import { writeFolders } from './write-slice.ts';

if (parentPort === null) throw new Error('write-worker.ts must run as a worker thread');
parentPort.postMessage(writeFolders(workerData as Parameters<typeof writeFolders>[0]));
