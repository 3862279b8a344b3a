// `npm run generate -- --threads N --seed S --out DIR`: write a deterministic synthetic dump.
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import { writeDump } from './lib/write-dump.ts';

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
    throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  }
  return number;
}

const program = new Command()
  .name('generate')
  .description(
    'Write a deterministic, realistic plain-text forum dump (same arguments, same bytes).',
  )
  .requiredOption('--threads <n>', 'number of threads (files) to write', positiveInteger)
  .requiredOption('--out <dir>', 'output folder (created; must be empty if it exists)')
  .option('--seed <seed>', 'any string; different seeds give different dumps', '1')
  .option(
    '--workers <n>',
    'worker threads (output does not depend on it)',
    positiveInteger,
    availableParallelism(),
  )
  .parse();

const options = program.opts<{ threads: number; out: string; seed: string; workers: number }>();
const started = performance.now();
try {
  const stats = await writeDump(options);
  const seconds = (performance.now() - started) / 1000;
  const megabytes = (stats.bytes / 1e6).toFixed(1);
  console.log(
    `generated ${stats.threads} threads, ${stats.posts} posts, ${stats.forums.length} forums, ` +
      `${stats.bytes} bytes (${megabytes} MB) in ${seconds.toFixed(1)} s → ${options.out}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
