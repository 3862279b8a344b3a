import { isUtf8 } from 'node:buffer';
import { hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { writeAll } from '../../records/lib/write-all.ts';
import { formatCount } from '../../utils/format.ts';
import { workerResult } from '../../utils/worker-result.ts';

/** What the least a text parse must do took on this machine (see `measureFileFloor`). */
export interface FileFloor {
  files: number;
  bytes: number;
  threads: number;
  /** Seconds of the slowest thread's copy. */
  seconds: number;
  /** CPU seconds of all threads' copies, kernel time included (most of it). */
  cpuSeconds: number;
}

/** Bytes copied, and files that are not UTF-8 (a parse rejects them; counted so the check runs). */
export interface CopyResult {
  bytes: number;
  notUtf8: number;
}

/** A thread's copy, timed on that thread: its wall and CPU seconds, start-up left out. */
export type TimedCopy = CopyResult & { seconds: number; cpuSeconds: number };

/**
 * Reads each file, hashes it (its record's `sha256`), checks it is UTF-8 and appends its bytes to
 * one file in `outDir`, `<prefix>pack`: a parse does all of that, into 256 packs rather than one,
 * and writes more bytes than it reads (JSON escapes), besides parsing.
 */
export function copyFiles(paths: readonly string[], outDir: string, prefix: string): CopyResult {
  const result: CopyResult = { bytes: 0, notUtf8: 0 };
  const fd = openSync(join(outDir, `${prefix}pack`), 'w');
  try {
    for (const path of paths) {
      const bytes = readFileSync(path);
      hash('sha256', bytes, 'hex');
      if (!isUtf8(bytes)) result.notUtf8++;
      writeAll(fd, bytes);
      result.bytes += bytes.length;
    }
  } finally {
    closeSync(fd);
  }
  return result;
}

/**
 * Times `copyFiles` over `paths` on `threads` worker threads (a contiguous share each, as the
 * parse's workers read them) into `outDir`, which must be new or empty. No parse that writes its
 * records can be faster than this on the same machine. The copies are left for the caller to
 * delete with its other output: on this machine's ext4 (no journal) files created within minutes
 * of deleting thousands take up to 4× longer, so deleting them here would slow what runs next.
 */
export async function measureFileFloor(
  paths: readonly string[],
  outDir: string,
  threads = availableParallelism(),
): Promise<FileFloor> {
  mkdirSync(outDir, { recursive: true });
  const share = Math.ceil(paths.length / threads);
  // Each thread times its own copy: starting a worker (loading its modules) is no file work, and
  // counting it would lower the bound the floor is for.
  const results = await Promise.all(
    Array.from({ length: threads }, (_, k) =>
      copyOnWorker(paths.slice(k * share, (k + 1) * share), outDir, `${k}-`),
    ),
  );
  const sum = (key: 'bytes' | 'cpuSeconds') => results.reduce((total, r) => total + r[key], 0);
  return {
    files: paths.length,
    bytes: sum('bytes'),
    threads,
    seconds: Math.max(...results.map((result) => result.seconds)),
    cpuSeconds: sum('cpuSeconds'),
  };
}

function copyOnWorker(paths: string[], outDir: string, prefix: string): Promise<TimedCopy> {
  const entry = new URL('./file-floor-worker.ts', import.meta.url);
  return workerResult(entry, { paths, outDir, prefix }, 'a file floor thread');
}

/** One line for the text benchmark's output. */
export function describeFileFloor(floor: FileFloor): string {
  const mb = floor.bytes / 1e6;
  return (
    `file system floor: reading the dump's ${formatCount(floor.files)} files (${mb.toFixed(1)} MB), hashing ` +
    `them, checking their UTF-8 and appending them to a file on ${floor.threads} threads took ` +
    `${floor.seconds.toFixed(1)} s (${floor.cpuSeconds.toFixed(1)} CPU s): no parse writing its ` +
    `records passes ${(mb / floor.seconds).toFixed(0)} MB/s on this machine now`
  );
}
