import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError } from '../utils/cli-error.ts';
import { dirStats } from '../utils/dir-stats.ts';
import { commandLine, formatBytes, formatCount, formatSeconds, plural } from '../utils/format.ts';
import { hostWarnings } from '../utils/host-budget.ts';
import { archiveMarker, assertBuildableOutput, stageOutput } from '../utils/output-dir.ts';
import { assertSeparateFolders } from '../utils/separate-folders.ts';
import type { Indexer } from '../search/index.ts';
import { removePreviousRecords } from '../import/index.ts';
import type { ArchiveManifest } from '../records/types.ts';
import type { Reporter } from '../utils/reporter.ts';
import { parseCommand, type ParseOptions } from './parse.ts';
import { defaultShardPosts, planBuild } from './plan.ts';
import { renderAndIndex } from './render-and-index.ts';

export interface BuildOptions extends Omit<ParseOptions, 'out'> {
  out: string;
  records: string;
  base: string;
  site?: string | undefined;
  /** Publish the records as `data/` in the site (`--no-data`: false). */
  data?: boolean | undefined;
  /** Processes that may run at once (default: the machine's cores). */
  jobs: number;
  /** Most posts indexed by one search shard (default: `defaultShardPosts`). */
  shardPosts?: number | undefined;
  /** Pagefind's cap on fragment files per shard (`--max-fragments`); none by default. */
  maxFragments?: number | undefined;
  /** Who writes the search index (`--indexer`): the archive's own writer by default. */
  indexer?: Indexer | undefined;
}

/** `forum-archive build [DUMP]`: parse → records → Astro pages ‖ Pagefind index, swapped in atomically. */
export async function buildCommand(dump: string, options: BuildOptions, reporter: Reporter) {
  const started = performance.now();
  if (options.maxFragments !== undefined && options.indexer !== 'pagefind') {
    throw new CliError(
      '--max-fragments applies to Pagefind’s binary only.',
      'Add --indexer pagefind, or leave --max-fragments out.',
      2,
    );
  }
  assertSeparateFolders({ dump, records: options.records, out: options.out });
  assertBuildableOutput(options.out);
  try {
    const parseOptions = { ...options, out: options.records, keepPrevious: true };
    const { manifest } = parseCommand(dump, parseOptions, reporter);
    await buildSite(manifest, options, reporter, started);
  } finally {
    // After a failure too (rejected files, a failed render): a build replaces the earlier records
    // whether or not it succeeds, as it always did.
    removePreviousRecords(resolve(options.records));
  }
}

/** The pages and the search index of parsed records, built beside `--out` and swapped in. */
async function buildSite(
  manifest: ArchiveManifest,
  options: BuildOptions,
  reporter: Reporter,
  started: number,
): Promise<void> {
  const shardPosts = options.shardPosts ?? defaultShardPosts(options.indexer);
  const plan = planBuild(manifest, { jobs: options.jobs, shardPosts, indexer: options.indexer });
  const output = stageOutput(options.out);
  try {
    await renderAndIndex(output.dir, plan, options, reporter);
    writeFileSync(join(output.dir, archiveMarker), JSON.stringify(manifest, null, 1));
    const stats = dirStats(output.dir);
    output.commit();
    // The earlier records go once every file of this build is written (see `RecordWriter.prepare`).
    removePreviousRecords(resolve(options.records));
    for (const warning of hostWarnings(stats)) reporter.warn(warning);
    process.stdout.write(
      [
        `Built ${options.out}: ${plural(manifest.forums, 'forum')}, ${plural(manifest.threads, 'thread')}, ` +
          `${plural(manifest.posts, 'post')}, ${plural(manifest.rejected.length, 'rejected file')}.`,
        `${plural(stats.htmlPages, 'page')}, ${plural(stats.files, 'file')}, ${formatBytes(stats.bytes)}; ` +
          `largest file ${stats.largestFile.path} (${formatBytes(stats.largestFile.bytes)}), ` +
          `largest folder ${stats.largestDir.path} (${formatCount(stats.largestDir.entries)} entries).`,
        `Done in ${formatSeconds(performance.now() - started)}. Preview: ${commandLine('npx forum-archive serve', options.out)}`,
        '',
      ].join('\n'),
    );
  } catch (error) {
    output.discard();
    throw error;
  }
}
