import { fork } from 'node:child_process';
import { CliError } from './cli-error.ts';

/**
 * Runs a TypeScript module of this project in a child Node process (same Node, inherited stdio),
 * so a stage can use another core and has a memory budget of its own.
 */
export function runChild(
  module: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  cwd: string = process.cwd(),
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(module, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new CliError(`${module} ${signal ? `was killed (${signal})` : `exited with ${code}`}.`),
        );
    });
  });
}
