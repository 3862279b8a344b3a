/**
 * Writes one bundle with a worker thread per part (`part-worker.ts`): the parts read their pages
 * side by side, then trade the word index entries each needs for its share of the chunks, and the
 * bundle comes out as one writer would have written it (`write-bundle.ts`).
 */
import { Worker } from 'node:worker_threads';
import { pageCount, POSTS_PER_PAGE } from '../../../../src/utils/paginate.ts';
import { CliError } from '../../../utils/cli-error.ts';
import type { ThreadEntry } from '../read-records.ts';
import { splitByWeight } from '../shards.ts';
import { finishBundle } from './finish-bundle.ts';
import type { EntryBlock } from './part-entries.ts';
import type { PartPages, PartWords } from './part.ts';
import { planChunks, type PartPlan } from './plan-chunks.ts';
import { runtimeFiles } from './runtime.ts';
import type { BundleOptions } from './write-bundle.ts';

/** One bundle to write. */
export interface BundleJob extends BundleOptions {
  recordsDir: string;
  threads: ThreadEntry[];
  bundleDir: string;
  runtimeDir: string;
  /** Worker threads writing it (at most one per thread). */
  parts: number;
}

/** What one part worker is given. */
export interface PartJob {
  recordsDir: string;
  bundleDir: string;
  /** Its threads, in page order, and the number of its first page. */
  threads: ThreadEntry[];
  firstPage: number;
  index: number;
  parts: number;
}

/** Messages to a part worker. */
export type ToPart = { kind: 'plan'; plan: PartPlan } | { kind: 'entries'; block: EntryBlock };

/** Messages from a part worker. */
type FromPart =
  | { kind: 'words'; words: PartWords; pages: PartPages }
  | { kind: 'entries'; to: number; block: EntryBlock }
  | { kind: 'chunks'; digests: Uint8Array }
  | { kind: 'error'; error: { message: string; hint?: string | undefined } };

/**
 * Writes the bundle of `job.threads`; resolves to its page count. Aborting `signal` stops its
 * workers, and it rejects.
 */
export async function runBundle(job: BundleJob, signal?: AbortSignal): Promise<number> {
  signal?.throwIfAborted();
  // Pages are numbered in date order: the metadata's page list then compresses better.
  const byDate = [...job.threads].sort(
    (a, b) => a.lastPostAt.localeCompare(b.lastPostAt) || a.id.localeCompare(b.id),
  );
  const runs = splitRuns(byDate, job.parts);
  let firstPage = 0;
  const jobs = runs.map((threads, index): PartJob => {
    const part = { recordsDir: job.recordsDir, bundleDir: job.bundleDir, threads, firstPage };
    firstPage += threads.reduce((sum, thread) => sum + pageCount(thread.posts, POSTS_PER_PAGE), 0);
    return { ...part, index, parts: runs.length };
  });
  const workers = jobs.map(
    (partJob) => new Worker(new URL('./part-worker.ts', import.meta.url), { workerData: partJob }),
  );
  const stop = () => workers.forEach((worker) => void worker.terminate());
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const results = await drive(workers, job.chunkSize);
    return finishBundle(
      job.bundleDir,
      results.plan.chunks,
      results.pages,
      results.digests,
      runtimeFiles(job.runtimeDir),
    );
  } finally {
    signal?.removeEventListener('abort', stop);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** `threads` (in page order) cut into `parts` consecutive runs of about equal posts. */
function splitRuns(threads: ThreadEntry[], parts: number): ThreadEntry[][] {
  const order = new Map(threads.map((thread, i) => [thread, String(i).padStart(12, '0')]));
  return splitByWeight(
    threads,
    Math.max(1, Math.min(parts, threads.length)),
    (thread) => order.get(thread)!,
    (thread) => Math.max(1, thread.posts),
  );
}

/** Runs the parts' exchange to the end: the plan, and each part's pages and chunk digests. */
function drive(
  workers: Worker[],
  chunkSize: number,
): Promise<{ plan: ReturnType<typeof planChunks>; pages: PartPages[]; digests: Uint8Array[] }> {
  return new Promise((resolve, reject) => {
    const words: PartWords[] = [];
    const pages: PartPages[] = [];
    const digests: Uint8Array[] = [];
    let plan: ReturnType<typeof planChunks> | undefined;
    let reported = 0;
    let done = 0;
    workers.forEach((worker, index) => {
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (digests[index] === undefined) {
          reject(new Error(`The search index worker for part ${index} stopped (exit ${code}).`));
        }
      });
      worker.on('message', (message: FromPart) => {
        if (message.kind === 'error')
          reject(new CliError(message.error.message, message.error.hint));
        else if (message.kind === 'words') {
          words[index] = message.words;
          pages[index] = message.pages;
          if (++reported < workers.length) return;
          plan = planChunks(words, chunkSize);
          words.length = 0;
          workers.forEach((each, p) => each.postMessage({ kind: 'plan', plan: plan!.parts[p] }));
        } else if (message.kind === 'entries') {
          workers[message.to]!.postMessage({ kind: 'entries', block: message.block }, [
            message.block.bytes.buffer as ArrayBuffer,
          ]);
        } else {
          digests[index] = message.digests;
          if (++done === workers.length) resolve({ plan: plan!, pages, digests });
        }
      });
    });
  });
}
