import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The CLI's entry script, for tests that spawn it their own way. */
export const cliPath = fileURLToPath(new URL('../../scripts/forum-archive.js', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process, with the Node that runs the tests (the project's Node 24). */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder for one test's output. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `forum-archive-${prefix}-`));
}

export interface BuiltArchive {
  out: string;
  records: string;
  run: CliRun;
}

/** Builds a dump (default: the sample) into a temporary folder; fails loudly if the CLI fails. */
export function buildArchive(args: string[] = []): BuiltArchive {
  const root = tempDir('build');
  const out = join(root, 'site');
  const records = join(root, 'records');
  const run = runCli(['build', ...args, '--out', out, '--records', records]);
  if (run.status !== 0) {
    throw new Error(`forum-archive build failed (${run.status}):\n${run.stderr}\n${run.stdout}`);
  }
  return { out, records, run };
}
