import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseCommand } from './commands/parse.ts';
import { serveCommand } from './commands/serve.ts';
import { CliError } from './utils/cli-error.ts';
import { systemError } from './utils/system-error.ts';
import { defaultRecordsDir, sampleDump } from './utils/paths.ts';
import { Reporter } from './utils/reporter.ts';
import { version } from './utils/version.ts';
import { normalizeBase, normalizeSite } from './utils/url-options.ts';

const reporter = new Reporter();

const cpuCount = availableParallelism();

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1.');
  return n;
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('expected a port number from 0 to 65535.');
  }
  return port;
}

const program = new Command('forum-archive')
  .description('Turn a raw forum dump into a static, searchable archive website.')
  .version(version)
  .showSuggestionAfterError()
  .configureOutput({ outputError: (text, write) => write(text) })
  .exitOverride();

const formatOption = new Option('--format <name>', 'dump format (default: detected)');
const sourceUrlOption = new Option(
  '--source-url <url>',
  'the original site, e.g. https://cooking.stackexchange.com; thread pages link back to it',
).argParser(normalizeSite);

program
  .command('build')
  .description('parse a dump and build the archive site with its search index')
  .argument('[dump]', 'dump folder (default: the sample dump shipped with forum-archive)')
  .option('--out <dir>', 'output folder for the site', 'dist')
  .option('--base <path>', 'URL path the site is served under', normalizeBase, '/')
  .option(
    '--site <url>',
    'public URL of the site, e.g. https://example.org/archive/',
    normalizeSite,
  )
  .option('--title <text>', 'archive title (default: the forum name)')
  .option('--records <dir>', 'where the records are written', defaultRecordsDir)
  .option(
    '--skip-invalid',
    'build the valid files when some are rejected (still lists each)',
    false,
  )
  .option('--jobs <n>', 'processes to run at once (one per core by default)', positiveInt, cpuCount)
  .addOption(
    new Option(
      '--shard-posts <n>',
      'most posts per search index shard, bounds memory (default: 400,000; 200,000 with --indexer pagefind)',
    ).argParser(positiveInt),
  )
  .addOption(
    new Option(
      '--indexer <name>',
      "who writes the search index: forum-archive's own writer, or Pagefind's binary (slower)",
    )
      .choices(['bundle', 'pagefind'])
      .default('bundle'),
  )
  .option(
    '--max-fragments <n>',
    'with --indexer pagefind: bundle result fragments into at most n files per shard',
    positiveInt,
  )
  .option('--no-data', 'leave the records out of the site (default: published in data/)')
  .addOption(formatOption)
  .addOption(sourceUrlOption)
  .action(async (dump: string | undefined, options) => {
    // Imported on use: Astro and Pagefind take a second to load, which `parse` and `--help` skip.
    const { buildCommand } = await import('./commands/build.ts');
    await buildCommand(
      dump ?? sampleDump,
      { ...options, records: resolve(options.records) },
      reporter,
    );
  });

program
  .command('parse')
  .description('parse a dump into JSON records only')
  .argument('<dump>', 'dump folder')
  .requiredOption('--out <dir>', 'folder for the records')
  .option('--title <text>', 'archive title (default: the forum name)')
  .option('--skip-invalid', 'exit 0 when some files are rejected (still lists each)', false)
  .option('--jobs <n>', 'threads to parse on (one per core by default)', positiveInt, cpuCount)
  .addOption(formatOption)
  .addOption(sourceUrlOption)
  .action((dump: string, options) => {
    parseCommand(dump, options, reporter);
  });

program
  .command('serve')
  .description('serve a built archive on 127.0.0.1 (for previews and reading offline)')
  .argument('[dir]', 'built site', 'dist')
  .option('--port <n>', 'port (0: any free port)', portNumber, 0)
  .option('--base <path>', 'URL path the site was built for', normalizeBase, '/')
  .action(async (dir: string, options: { port: number; base: string }) => {
    await serveCommand(dir, options);
  });

try {
  await program.parseAsync();
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has printed the message; --help and --version end here with code 0.
    if (error.exitCode !== 0) process.stderr.write(`Run 'forum-archive --help' for usage.\n`);
    return error.exitCode === 0 ? 0 : 2;
  }
  const known = error instanceof CliError ? error : systemError(error);
  if (known) {
    process.stderr.write(`error: ${known.message}\n`);
    if (known.hint) process.stderr.write(`hint: ${known.hint}\n`);
    return known.exitCode;
  }
  // A bug, not bad input: say so plainly, with the details a report needs.
  process.stderr.write(`forum-archive failed unexpectedly: ${String(error)}\n`);
  if (error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.stderr.write('Please report this with the command you ran.\n');
  return 70;
}
