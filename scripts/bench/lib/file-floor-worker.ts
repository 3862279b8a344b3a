import { parentPort, workerData } from 'node:worker_threads';
import { copyFiles } from './file-floor.ts';

// A thread of `measureFileFloor`: copies its share of the files and reports what it copied.
const { paths, outDir, prefix } = workerData as { paths: string[]; outDir: string; prefix: string };
parentPort!.postMessage(copyFiles(paths, outDir, prefix));
