import { threadIndexPages } from '../index-page.ts';
import { readThread, type ThreadEntry } from '../read-records.ts';
import { BundleBuilder, type BundleOptions } from './bundle-builder.ts';
import { runtimeFiles } from './runtime.ts';

/** What a shard worker is given. */
export interface ShardJob extends BundleOptions {
  recordsDir: string;
  threads: ThreadEntry[];
  bundleDir: string;
  runtimeDir: string;
}

/** Writes the bundle of one shard's threads, reading one thread record at a time; returns its page count. */
export function writeShard(job: ShardJob): number {
  const builder = new BundleBuilder(job.bundleDir, { chunkSize: job.chunkSize });
  // Pages numbered in date order make the date sort order in the metadata nearly 0, 1, 2, …,
  // which compresses to a fraction of a shuffled list (exactly so for one-page threads, whose
  // sort key is the thread's last post).
  const byDate = [...job.threads].sort(
    (a, b) => a.lastPostAt.localeCompare(b.lastPostAt) || a.id.localeCompare(b.id),
  );
  for (const entry of byDate) {
    for (const page of threadIndexPages(readThread(job.recordsDir, entry.id))) builder.add(page);
  }
  builder.finish(runtimeFiles(job.runtimeDir));
  return builder.pages;
}
