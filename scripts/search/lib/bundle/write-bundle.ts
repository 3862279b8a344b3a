/**
 * Writes one Pagefind bundle, in Pagefind 1.6's format, so Pagefind's own search runtime
 * (`pagefind.js` and its wasm) searches it. Its pages are read by one or more parts (runs of
 * consecutive pages, see `part.ts`); with several, on worker threads (`run-bundle.ts`), the
 * bundle is the same, byte for byte: one bundle instead of one per core, which a first search
 * would load each of.
 */
import type { IndexPage } from '../index-page.ts';
import { finishBundle } from './finish-bundle.ts';
import { entryBlock, type EntryBlock } from './part-entries.ts';
import { BundlePart, type PartWords } from './part.ts';
import { planChunks, type PartPlan } from './plan-chunks.ts';
import type { RuntimeFiles } from './runtime.ts';
import { writePartChunks } from './write-chunks.ts';

export interface BundleOptions {
  /** Locations per index chunk file (Pagefind's default: 20,000). */
  chunkSize: number;
}

/**
 * The entries part `index` hands to each other part (`plan.cuts`): its words in the chunks
 * that part writes.
 */
export function entriesForOthers(
  part: BundlePart,
  index: number,
  words: PartWords,
  plan: PartPlan,
): { to: number; block: EntryBlock }[] {
  return plan.cuts.slice(0, -1).flatMap((from, to) => {
    if (to === index) return [];
    return [{ to, block: entryBlock(part, index, words.words, from, plan.cuts[to + 1]!) }];
  });
}

/**
 * Writes the bundle of `parts` (each a run of pages, in page order) into `dir` on this thread;
 * returns its page count.
 */
export function writeBundle(
  dir: string,
  parts: readonly Iterable<IndexPage>[],
  options: BundleOptions,
  runtime: RuntimeFiles,
): number {
  let first = 0;
  const built = parts.map((pages) => {
    const part = new BundlePart(dir, first);
    for (const page of pages) part.add(page);
    part.closePages();
    first += part.pages;
    return part;
  });
  const words = built.map((part) => part.words());
  const plan = planChunks(words, options.chunkSize);
  const handed = built.flatMap((part, p) => entriesForOthers(part, p, words[p]!, plan.parts[p]!));
  const digests = built.map((part, q) => {
    const received = handed.filter(({ to }) => to === q).map(({ block }) => block);
    return writePartChunks(dir, part, q, words[q]!.words, plan.parts[q]!, received);
  });
  return finishBundle(
    dir,
    plan.chunks,
    built.map((part) => part.pageData()),
    digests,
    runtime,
  );
}
