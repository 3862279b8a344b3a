import { createDumpContext, type DumpContext, type DumpOptions } from './context.ts';
import { renderThread } from './render.ts';
import { createRng } from './rng.ts';
import { createThreadIds, threadPath } from './thread-id.ts';
import { generateThread, type GeneratedThread } from './thread.ts';
import { megaLength, ordinaryLength } from './thread-length.ts';

/** One file of a generated dump. */
export interface GeneratedFile {
  /** 0-based position of the thread in the dump. */
  index: number;
  /** The 16 lowercase hex digits of the file name. */
  id: string;
  /** Path relative to the dump folder, `/`-separated. */
  path: string;
  /** The file's content (write it as UTF-8). */
  text: string;
  /** What the file is meant to say, for comparing a parser's reading with. */
  thread: GeneratedThread;
}

/**
 * Generate thread `index` of a dump on its own: each thread has its own random stream derived
 * from (seed, index), so workers can split a dump and any file can be regenerated alone.
 */
export function generateFileAt(context: DumpContext, index: number): GeneratedFile {
  const rng = createRng(context.seed, 'thread', index);
  const mega = context.megaThreads.has(index);
  const thread = generateThread(rng, context, mega ? megaLength(rng) : ordinaryLength(rng));
  const id = createThreadIds(context.seed)(index);
  return { index, id, path: threadPath(index, id), text: renderThread(thread), thread };
}

/** Which part of a dump to generate: indices `from`, `from + step`, … below `to`. */
export interface DumpSlice {
  from?: number;
  to?: number;
  step?: number;
}

/**
 * Lazily generate a dump (or a slice of it, e.g. every second file for one of two workers) in
 * index order: only the current thread is in memory, and the same options always yield
 * byte-identical files.
 */
export function* generateDump(options: DumpOptions & DumpSlice): Generator<GeneratedFile> {
  const context = createDumpContext(options);
  const to = Math.min(options.to ?? options.threads, options.threads);
  const step = options.step ?? 1;
  for (let index = options.from ?? 0; index < to; index += step)
    yield generateFileAt(context, index);
}
