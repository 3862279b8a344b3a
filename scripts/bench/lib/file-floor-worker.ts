import { parentPort, workerData } from 'node:worker_threads';
import { threadCpuSeconds } from '../../utils/process-usage.ts';
import { copyFiles, type TimedCopy } from './file-floor.ts';

// A thread of `measureFileFloor`: copies its share of the files and reports what it copied and
// how long that took on this thread.
const { paths, outDir, prefix } = workerData as { paths: string[]; outDir: string; prefix: string };
const started = performance.now();
const cpuStarted = threadCpuSeconds();
const result = copyFiles(paths, outDir, prefix);
const timed: TimedCopy = {
  ...result,
  seconds: (performance.now() - started) / 1000,
  cpuSeconds: threadCpuSeconds() - cpuStarted,
};
parentPort!.postMessage(timed);
