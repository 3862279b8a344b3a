import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchMemory, type MemorySample } from './process-memory.ts';

const cli = fileURLToPath(new URL('../../forum-archive.js', import.meta.url));

export interface StageRun {
  stage: string;
  seconds: number;
  /** Largest single-process RSS seen while the stage ran, bytes. */
  peakProcessRss: number;
  peakProcessName: string;
  /** Largest RSS of the whole process tree seen while the stage ran, bytes. */
  peakTreeRss: number;
  /**
   * CPU seconds and page faults of the stage, children included (from the CLI's trace; Linux
   * only). Steadier than seconds on a shared machine, page faults most of all.
   */
  cpuSeconds?: number;
  pageFaults?: number;
}

/** A line of the CLI's trace (`Reporter`). */
interface TraceLine {
  stage: string;
  start: number;
  end: number;
  cpuSeconds?: number;
  pageFaults?: number;
}

export interface BuildRun {
  seconds: number;
  stages: StageRun[];
  peakProcessRss: number;
  peakTreeRss: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (`forum-archive build`) as a child process, timing stages and memory. */
export async function runBuild(args: string[], workDir: string): Promise<BuildRun> {
  const trace = join(workDir, 'trace.jsonl');
  rmSync(trace, { force: true });
  const started = Date.now();
  const child = spawn(process.execPath, [cli, 'build', ...args], {
    env: { ...process.env, FORUM_ARCHIVE_TRACE: trace },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = watchMemory(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const samples = stop();
  const seconds = (Date.now() - started) / 1000;
  if (code !== 0) throw new Error(`forum-archive build exited ${code}:\n${stderr}`);
  const stages = readFileSync(trace, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as TraceLine)
    .map((s) => stageRun(s, samples));
  return {
    seconds,
    stages,
    peakProcessRss: Math.max(0, ...samples.map((s) => s.largest)),
    peakTreeRss: Math.max(0, ...samples.map((s) => s.total)),
    stdout,
    stderr,
  };
}

function stageRun(
  { stage, start, end, cpuSeconds, pageFaults }: TraceLine,
  samples: MemorySample[],
): StageRun {
  const during = samples.filter((s) => s.at >= start && s.at <= end);
  const largest = during.reduce((a, b) => (b.largest > a.largest ? b : a), {
    largest: 0,
    largestName: '',
  } as Pick<MemorySample, 'largest' | 'largestName'>);
  return {
    stage,
    seconds: (end - start) / 1000,
    peakProcessRss: largest.largest,
    peakProcessName: largest.largestName,
    peakTreeRss: Math.max(0, ...during.map((s) => s.total)),
    ...(cpuSeconds === undefined ? {} : { cpuSeconds }),
    ...(pageFaults === undefined ? {} : { pageFaults }),
  };
}
