import { Command } from 'commander';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeDump } from '../generate/index.ts';
import { walkDump } from '../read/walk.ts';
import { dirStats } from '../utils/dir-stats.ts';
import { formatBytes, formatCount } from '../utils/format.ts';
import { runBuild } from './lib/run-build.ts';
import { describeFileFloor, measureFileFloor } from './lib/file-floor.ts';
import { describeParseWork, measureParseWork, parseBound } from './lib/parse-work.ts';
import { delayAfterLastDeletion, markDeleted } from './lib/settle.ts';
import { describeProbes, speedProbe } from './lib/speed-probe.ts';
import { table } from './lib/table.ts';

const sizes = { S: 1_000, M: 10_000, L: 50_000 } as const;
type Size = keyof typeof sizes;

const program = new Command('bench')
  .description('Benchmark the whole pipeline on a generated dump (generation not timed).')
  .option('--size <S|M|L>', 'S = 1k threads, M = 10k, L = 50k', 'S')
  .option(
    '--format <text|stackexchange>',
    'text: the whole build of a thread-file dump; stackexchange: the import of a Posts.xml',
    'text',
  )
  .option('--mb <n>', '(stackexchange) size of the generated Posts.xml in MB', '1024')
  .option('--users <n>', '(stackexchange) rows of the generated Users.xml', '5000')
  .option('--seed <seed>', 'generator seed', 'bench')
  .option(
    '--work <dir>',
    'where dumps are cached and sites built',
    join(tmpdir(), 'forum-archive-bench'),
  )
  .option(
    '--json <file>',
    'write the results as JSON here (default: bench-results/<size>-<time>.json)',
  )
  .option('--queries <n>', 'search queries run on the built site for first-query bytes', '50')
  .option('--compare <files...>', 'compare two JSON results instead of running')
  .parse();

const options = program.opts<{
  size: string;
  format: string;
  mb: string;
  users: string;
  seed: string;
  work: string;
  json?: string;
  queries: string;
  compare?: string[];
}>();

if (options.compare) {
  compare(options.compare);
} else if (options.format === 'stackexchange') {
  benchStackExchange();
} else if (options.format !== 'text') {
  program.error(`error: unknown format ${options.format}; use text or stackexchange`);
} else {
  await bench(options.size.toUpperCase() as Size);
}

async function bench(size: Size) {
  const threads = sizes[size];
  if (!threads) throw new Error(`unknown size ${size}; use S, M or L`);
  const dump = join(options.work, `dump-${threads}-${options.seed}`);
  if (!existsSync(join(dump, '.complete'))) {
    rmSync(dump, { recursive: true, force: true });
    process.stderr.write(`generating ${threads} threads into ${dump} (not timed)…\n`);
    await writeDump({ threads, seed: options.seed, out: dump });
    writeFileSync(join(dump, '.complete'), '');
  }
  const dumpFiles = walkDump(dump, (n) => n.endsWith('.txt')).files;
  const dumpBytes = dumpFiles.reduce((sum, f) => sum + statSync(f.path).size, 0);
  const out = join(options.work, `site-${size}`);
  const records = join(options.work, `records-${size}`);
  const floorDir = join(options.work, `file-floor-${size}`);
  // The last run's output is set aside now and deleted once this run is measured: on ext4
  // without a journal, files created within minutes of deleting thousands of others cost up to
  // 4× (README, "Rebuilds"), so deleting it first would charge this build for it.
  const previous = join(options.work, '.previous');
  setAside([out, records, floorDir], previous);
  const settle = delayAfterLastDeletion(options.work);
  if (settle > 0) {
    process.stderr.write(
      `waiting ${Math.ceil(settle / 1000)} s for the last run's deletion to settle (not timed)…\n`,
    );
    await sleep(settle);
  }
  const speedProbeBefore = speedProbe();
  const run = await runBuild([dump, '--out', out, '--records', records], options.work);
  const speedProbeAfter = speedProbe();
  const dumpPaths = dumpFiles.map((f) => f.path);
  const fileFloor = await measureFileFloor(dumpPaths, floorDir);
  const parseWork = measureParseWork(dumpPaths, 64 * 1024 * 1024);
  const site = dirStats(out);
  const stage = (name: string) => run.stages.find((s) => s.stage === name);
  const result = {
    size,
    threads,
    seed: options.seed,
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, memory: totalmem(), node: process.version },
    speedProbeBefore,
    speedProbeAfter,
    dumpBytes,
    seconds: run.seconds,
    peakProcessRss: run.peakProcessRss,
    peakTreeRss: run.peakTreeRss,
    stages: run.stages,
    parseMBps: dumpBytes / 1e6 / (stage('parse')?.seconds ?? NaN),
    fileFloor,
    fileFloorMBps: fileFloor.bytes / 1e6 / fileFloor.seconds,
    parseWork,
    parseBoundMBps: parseBound(parseWork, fileFloor).mbPerSecond,
    pagesPerSecond: site.htmlPages / (stage('pages')?.seconds ?? NaN),
    output: site,
    search: measureSearch(out, records),
  };
  // Not measured where the CLI cannot read /proc (its trace then has neither).
  const known = (value: number | undefined) => value !== undefined && !Number.isNaN(value);
  const cpu = (value: number | undefined) => (known(value) ? value!.toFixed(1) : '—');
  const faults = (value: number | undefined) => (known(value) ? formatCount(value!) : '—');
  const sum = (key: 'cpuSeconds' | 'pageFaults') =>
    run.stages.reduce((total, s) => total + (s[key] ?? NaN), 0);
  console.log(
    table(
      ['stage', 'seconds', 'CPU s', 'page faults', 'peak RSS (process)', 'peak RSS (tree)'],
      [
        ...run.stages.map((s) => [
          s.stage,
          s.seconds.toFixed(1),
          cpu(s.cpuSeconds),
          faults(s.pageFaults),
          `${formatBytes(s.peakProcessRss)} ${s.peakProcessName}`,
          formatBytes(s.peakTreeRss),
        ]),
        [
          'end to end',
          run.seconds.toFixed(1),
          cpu(sum('cpuSeconds')),
          faults(sum('pageFaults')),
          formatBytes(run.peakProcessRss),
          formatBytes(run.peakTreeRss),
        ],
      ],
    ),
  );
  console.log('(CPU seconds and page faults of the whole process tree; end to end: their sum)');
  console.log(describeProbes(speedProbeBefore, speedProbeAfter));
  console.log(describeFileFloor(fileFloor));
  console.log(describeParseWork(parseWork, fileFloor));
  console.log(
    `\ndump ${formatBytes(dumpBytes)}, parse ${result.parseMBps.toFixed(0)} MB/s, ` +
      `${site.htmlPages} pages at ${result.pagesPerSecond.toFixed(0)} pages/s; output ` +
      `${formatBytes(site.bytes)} in ${site.files} files, largest folder ${site.largestDir.path} ` +
      `(${site.largestDir.entries} entries)`,
  );
  const search = result.search;
  if (search)
    console.log(
      `search (${search.samples} phrase queries): recall@5 ${(search.recallAt5 * 100).toFixed(1)} %, ` +
        `first query ${formatBytes(search.firstQueryBytes.median)} median ` +
        `(${formatBytes(search.firstQueryBytes.p95)} p95), further queries ` +
        `${formatBytes(search.furtherQueryBytes.median)} median`,
    );
  const file =
    options.json ?? join('bench-results', `${size}-${result.date.replace(/[:.]/g, '-')}.json`);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 1)}\n`);
  console.log(`results: ${file}`);
  rmSync(previous, { recursive: true, force: true });
  markDeleted(options.work);
}

/** Moves the folders of `dirs` that exist into `into` (a killed run's may be there already). */
function setAside(dirs: string[], into: string): void {
  mkdirSync(into, { recursive: true });
  for (const dir of dirs) {
    if (existsSync(dir)) renameSync(dir, join(into, `${basename(dir)}-${process.pid}`));
  }
}

/** The Stack Exchange case: `stackexchange.ts` imports a generated `Posts.xml` and reports. */
function benchStackExchange() {
  const script = new URL('./stackexchange.ts', import.meta.url).pathname;
  const args = [script, '--mb', options.mb, '--users', options.users, '--seed', options.seed];
  // Its own cache folder unless one was given: its dumps are not the text dumps.
  if (program.getOptionValueSource('work') === 'cli') args.push('--work', options.work);
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
}

function compare(files: string[]) {
  const [a, b] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>);
  if (!a || !b) throw new Error('--compare takes two JSON files');
  const metrics = [
    'seconds',
    'peakProcessRss',
    'peakTreeRss',
    'parseMBps',
    'fileFloorMBps',
    'parseBoundMBps',
    'pagesPerSecond',
    'speedProbeBefore',
    'speedProbeAfter',
  ];
  // Results from before the speed probe (or the file floor) have none: NaN, shown as such.
  const num = (r: Record<string, unknown>, k: string) => Number(r[k]);
  console.log(
    table(
      ['metric', files[0]!, files[1]!, 'change'],
      metrics.map((m) => [
        m,
        num(a, m).toFixed(1),
        num(b, m).toFixed(1),
        `${(((num(b, m) - num(a, m)) / num(a, m)) * 100).toFixed(1)} %`,
      ]),
    ),
  );
}

/**
 * First-query bytes and recall on the built site, measured by `bench:search` (Pagefind in Node,
 * bytes counted per file fetched) with `--queries` phrases of random posts. Not timed.
 */
function measureSearch(site: string, records: string) {
  const json = join(options.work, 'search-quality.json');
  const script = new URL('./search-quality.ts', import.meta.url).pathname;
  const args = [script, '--site', site, '--records', records, '--samples', options.queries];
  const run = spawnSync(process.execPath, [...args, '--seed', options.seed, '--json', json], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) {
    // The build's numbers are still worth keeping.
    process.stderr.write(`warning: bench:search failed (exit ${run.status}); no search numbers\n`);
    return null;
  }
  const measured = JSON.parse(readFileSync(json, 'utf8')) as {
    samples: number;
    recallAt1: number;
    recallAt5: number;
    firstQueryBytes: { median: number; p95: number };
    furtherQueryBytes: { median: number; p95: number };
  };
  const { samples, recallAt1, recallAt5, firstQueryBytes, furtherQueryBytes } = measured;
  return {
    samples,
    recallAt1,
    recallAt5,
    firstQueryBytes: { median: firstQueryBytes.median, p95: firstQueryBytes.p95 },
    furtherQueryBytes: { median: furtherQueryBytes.median, p95: furtherQueryBytes.p95 },
  };
}
