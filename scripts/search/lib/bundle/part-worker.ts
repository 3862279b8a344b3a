/**
 * A worker thread writing one part of a bundle (`run-bundle.ts` drives it): it reads its threads'
 * pages and writes their fragments, reports its words, hands the other parts the entries of
 * theirs, and writes its share of the index chunks.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CliError } from '../../../utils/cli-error.ts';
import { threadIndexPages } from '../index-page.ts';
import { readThread } from '../read-records.ts';
import type { EntryBlock } from './part-entries.ts';
import { BundlePart } from './part.ts';
import type { PartPlan } from './plan-chunks.ts';
import type { PartJob, ToPart } from './run-bundle.ts';
import { entriesForOthers } from './write-bundle.ts';
import { writePartChunks } from './write-chunks.ts';

if (parentPort === null) throw new Error('part-worker.ts must run as a worker thread');
const port = parentPort;
const job = workerData as PartJob;

const inbox: ToPart[] = [];
let waiting: (() => void) | undefined;
port.on('message', (message: ToPart) => {
  inbox.push(message);
  waiting?.();
});

/** The next message from the main thread. */
async function received(): Promise<ToPart> {
  while (inbox.length === 0) await new Promise<void>((resolve) => (waiting = resolve));
  return inbox.shift()!;
}

async function writePart(): Promise<void> {
  const posts = job.threads.reduce((sum, thread) => sum + thread.posts, 0);
  const part = new BundlePart(job.bundleDir, job.firstPage, posts);
  for (const thread of job.threads) {
    for (const page of threadIndexPages(readThread(job.recordsDir, thread))) part.add(page);
  }
  part.closePages();
  const words = part.words();
  port.postMessage({ kind: 'words', words, pages: part.pageData() });
  const plan = (await received()) as { kind: 'plan'; plan: PartPlan };
  for (const { to, block } of entriesForOthers(part, job.index, words, plan.plan)) {
    port.postMessage({ kind: 'entries', to, block }, [block.bytes.buffer as ArrayBuffer]);
  }
  const blocks: EntryBlock[] = [];
  while (blocks.length < job.parts - 1) {
    blocks.push(((await received()) as { kind: 'entries'; block: EntryBlock }).block);
  }
  const digests = writePartChunks(job.bundleDir, part, job.index, words.words, plan.plan, blocks);
  port.postMessage({ kind: 'chunks', digests });
  port.close();
}

try {
  await writePart();
} catch (error) {
  // A worker's errors reach the main thread as plain errors: keep what the user can act on.
  if (!(error instanceof CliError)) throw error;
  port.postMessage({ kind: 'error', error: { message: error.message, hint: error.hint } });
  port.close();
}
