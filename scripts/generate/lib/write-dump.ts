import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { workerResult } from '../../utils/worker-result.ts';
import type { DumpOptions } from './context.ts';
import { FILES_PER_FOLDER } from './thread-id.ts';
import { mergeStats, writeFolders, type WriteStats } from './write-slice.ts';

/** Where and how to write a generated dump. */
export interface WriteDumpOptions extends DumpOptions {
  /** Output folder; created if missing, must be empty if it exists. */
  out: string;
  /** Worker threads sharing the work (the bytes do not depend on it). Default 1. */
  workers?: number;
}

/**
 * Write a whole dump to disk, its sub-folders shared out among workers; since every file depends only on (seed, threads, index), output is identical for any `workers`.
 */
export async function writeDump(options: WriteDumpOptions): Promise<WriteStats> {
  const { out, threads } = options;
  mkdirSync(out, { recursive: true });
  if (readdirSync(out).length > 0) {
    throw new Error(`generate: output folder ${out} is not empty; choose a new folder or empty it`);
  }
  for (let folder = 0; folder * FILES_PER_FOLDER < threads; folder++) {
    mkdirSync(join(out, String(folder).padStart(4, '0')));
  }
  const workers = Math.max(
    1,
    Math.min(options.workers ?? 1, Math.ceil(threads / FILES_PER_FOLDER)),
  );
  const base = { threads, seed: options.seed, out, workers };
  if (workers === 1) return writeFolders({ ...base, worker: 0 });
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, worker) => runWorker({ ...base, worker })),
  );
  return mergeStats(parts);
}

function runWorker(workerData: Parameters<typeof writeFolders>[0]): Promise<WriteStats> {
  const entry = new URL('./write-worker.ts', import.meta.url);
  return workerResult(entry, workerData, `generate: worker ${workerData.worker}`);
}
