import { readFileSync } from 'node:fs';
import { JsonBytes } from '../../import/lib/text/posts-json.ts';
import { scanThreadFile } from '../../parse/index.ts';
import { threadCpuSeconds } from '../../utils/process-usage.ts';
import type { FileFloor } from './file-floor.ts';

/** CPU time the text parse's own work takes over a sample of a dump (the fastest of 5 runs). */
export interface ParseWork {
  /** Files and bytes sampled: whole files from the start of the list. */
  files: number;
  sampleBytes: number;
  /** Seconds of this thread's CPU applying the dump grammar (`scanThreadFile`). */
  parseSeconds: number;
  /** Seconds serializing the posts as the workers do (`JsonBytes`). */
  jsonSeconds: number;
}

const RUNS = 5;

/**
 * Times the work every byte of a text dump goes through besides reading and writing files, on
 * files read into memory first (so no I/O is counted): the grammar, then the posts' JSON. The
 * same work took from 1× to 3× the CPU time from one run to the next here (warming up, fresh
 * memory, garbage of the run before, this machine's speed), so each part keeps its fastest of 5
 * runs: the rate is what the code can do at best, which is what a bound needs.
 */
export function measureParseWork(paths: readonly string[], budgetBytes: number): ParseWork {
  const files: Uint8Array[] = [];
  let sampleBytes = 0;
  for (const path of paths) {
    if (sampleBytes >= budgetBytes) break;
    const bytes = readFileSync(path);
    files.push(bytes);
    sampleBytes += bytes.length;
  }
  const json = new JsonBytes();
  let parseSeconds = Infinity;
  let jsonSeconds = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const parseStarted = threadCpuSeconds();
    const scanned = files.map((bytes) => scanThreadFile(bytes));
    const jsonStarted = threadCpuSeconds();
    scanned.forEach((result, i) => {
      json.length = 0;
      if (result.ok) json.scannedPosts(files[i]!, result.thread.posts);
    });
    parseSeconds = Math.min(parseSeconds, jsonStarted - parseStarted);
    jsonSeconds = Math.min(jsonSeconds, threadCpuSeconds() - jsonStarted);
  }
  return { files: files.length, sampleBytes, parseSeconds, jsonSeconds };
}

/** What a parse of the whole dump needs at least, with `work` and the file floor. */
export interface ParseBound {
  /** MB of the sample the parse work handles per CPU second. */
  perCpuSecond: number;
  /** CPU seconds of parse work for the whole dump, and with the file floor added. */
  workSeconds: number;
  cpuSeconds: number;
  /** MB/s on the floor's cores, were they always busy and the main thread's share free. */
  mbPerSecond: number;
}

export function parseBound(work: ParseWork, floor: FileFloor): ParseBound {
  const perCpuSecond = work.sampleBytes / 1e6 / (work.parseSeconds + work.jsonSeconds);
  const dumpMb = floor.bytes / 1e6;
  const workSeconds = dumpMb / perCpuSecond;
  const cpuSeconds = floor.cpuSeconds + workSeconds;
  return {
    perCpuSecond,
    workSeconds,
    cpuSeconds,
    mbPerSecond: dumpMb / (cpuSeconds / floor.threads),
  };
}

/** Two lines for the text benchmark's output: the parse work's rate, and the bound. */
export function describeParseWork(work: ParseWork, floor: FileFloor): string {
  const bound = parseBound(work, floor);
  return [
    `parse work alone, first ${(work.sampleBytes / 1e6).toFixed(1)} MB of the dump in memory on one core (fastest of 5): ` +
      `the grammar ${work.parseSeconds.toFixed(2)} s, the posts' JSON ${work.jsonSeconds.toFixed(2)} s ` +
      `→ ${bound.perCpuSecond.toFixed(0)} MB per CPU second`,
    `so parsing this dump takes at least ${bound.cpuSeconds.toFixed(1)} CPU s (file floor ` +
      `${floor.cpuSeconds.toFixed(1)} + parse work ${bound.workSeconds.toFixed(1)}): at most ` +
      `${bound.mbPerSecond.toFixed(0)} MB/s on ${floor.threads} cores, even with every core always busy and ` +
      `claiming ids and keeping the lists free`,
  ].join('\n');
}
