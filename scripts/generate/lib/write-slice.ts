import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DumpOptions } from './context.ts';
import { generateDump, type DumpSlice } from './dump.ts';
import { FILES_PER_FOLDER } from './thread-id.ts';

/** What writing (part of) a dump produced. */
export interface WriteStats {
  threads: number;
  posts: number;
  bytes: number;
  /** Forum names that got at least one thread. */
  forums: string[];
}

/** Sum the stats of several slices. */
export function mergeStats(parts: readonly WriteStats[]): WriteStats {
  return {
    threads: parts.reduce((sum, part) => sum + part.threads, 0),
    posts: parts.reduce((sum, part) => sum + part.posts, 0),
    bytes: parts.reduce((sum, part) => sum + part.bytes, 0),
    forums: [...new Set(parts.flatMap((part) => part.forums))],
  };
}

/**
 * Write the sub-folders `worker`, `worker + workers`, … of a dump: each worker owns whole
 * folders, so two threads never create files in one directory at the same time.
 */
export function writeFolders(
  options: DumpOptions & { out: string; worker: number; workers: number },
): WriteStats {
  const parts: WriteStats[] = [];
  for (
    let folder = options.worker;
    folder * FILES_PER_FOLDER < options.threads;
    folder += options.workers
  ) {
    const from = folder * FILES_PER_FOLDER;
    parts.push(writeSlice({ ...options, from, to: from + FILES_PER_FOLDER }));
  }
  return mergeStats(parts);
}

/**
 * Generate and write one slice of a dump into `out`, whose sub-folders must exist. Each file is
 * written as soon as it is generated, so memory stays at one thread whatever the dump size.
 */
export function writeSlice(options: DumpOptions & DumpSlice & { out: string }): WriteStats {
  const forums = new Set<string>();
  let threads = 0;
  let posts = 0;
  let bytes = 0;
  for (const file of generateDump(options)) {
    const data = Buffer.from(file.text, 'utf8');
    writeFileSync(join(options.out, file.path), data);
    threads++;
    posts += file.thread.posts.length;
    bytes += data.byteLength;
    forums.add(file.thread.forum);
  }
  return { threads, posts, bytes, forums: [...forums] };
}
