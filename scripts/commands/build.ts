import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { buildSite } from '../site/build-site.ts';
import { copyData } from '../site/copy-data.ts';
import { indexRecords } from '../search/index.ts';
import { dirStats } from '../utils/dir-stats.ts';
import { formatBytes, formatCount, formatSeconds, plural } from '../utils/format.ts';
import { hostWarnings } from '../utils/host-budget.ts';
import { archiveMarker, stageOutput } from '../utils/output-dir.ts';
import type { Reporter } from '../utils/reporter.ts';
import { parseCommand, type ParseOptions } from './parse.ts';
import { planBuild } from './plan.ts';

export interface BuildOptions extends Omit<ParseOptions, 'out'> {
  out: string;
  records: string;
  base: string;
  site?: string | undefined;
  /** Publish the records as `data/` in the site (`--no-data`: false). */
  data?: boolean | undefined;
  /** Processes that may run at once (default: the machine's cores). */
  jobs: number;
  /** Most posts indexed by one search shard. */
  shardPosts: number;
}

/** `forum-archive build [DUMP]`: parse → records → Astro pages → Pagefind index, swapped in atomically. */
export async function buildCommand(dump: string, options: BuildOptions, reporter: Reporter) {
  const started = performance.now();
  const { manifest } = parseCommand(dump, { ...options, out: options.records }, reporter);
  const plan = planBuild(manifest, options);
  const output = stageOutput(options.out);
  try {
    // Pages and search index both start from the records and run side by side; the bundles
    // are built beside the staged site and moved in once both are done.
    const bundles = join(dirname(output.dir), `.${basename(options.out)}.search-${process.pid}`);
    mkdirSync(bundles, { recursive: true });
    try {
      const pagesDone = reporter.stage('pages');
      const pages = buildSite({
        recordsDir: options.records,
        outDir: output.dir,
        base: options.base,
        site: options.site,
        searchBundles: plan.bundles,
        parts: plan.parts,
        data: options.data,
      }).then(() => pagesDone(`rendered in ${plural(plan.parts, 'process', 'processes')}`));
      const searchDone = reporter.stage('search index');
      const search = indexRecords(options.records, bundles, {
        shards: plan.shards,
        concurrency: options.jobs,
      }).then((summary) =>
        searchDone(
          `${plural(summary.pages, 'page')} indexed in ${plural(summary.shards, 'shard')}`,
        ),
      );
      // Both settle before anything is removed: a failed stage must not pull the other's folder away.
      const failed = (await Promise.allSettled([pages, search])).find(
        (result) => result.status === 'rejected',
      );
      if (failed) throw failed.reason;
      for (const bundle of plan.bundles)
        renameSync(join(bundles, bundle), join(output.dir, bundle));
    } finally {
      rmSync(bundles, { recursive: true, force: true });
    }
    if (options.data !== false) copyData(options.records, output.dir);
    writeFileSync(join(output.dir, archiveMarker), JSON.stringify(manifest, null, 1));
    const stats = dirStats(output.dir);
    output.commit();
    for (const warning of hostWarnings(stats)) reporter.warn(warning);
    process.stdout.write(
      [
        `Built ${options.out}: ${plural(manifest.forums, 'forum')}, ${plural(manifest.threads, 'thread')}, ` +
          `${plural(manifest.posts, 'post')}, ${plural(manifest.rejected.length, 'rejected file')}.`,
        `${plural(stats.htmlPages, 'page')}, ${plural(stats.files, 'file')}, ${formatBytes(stats.bytes)}; ` +
          `largest file ${stats.largestFile.path} (${formatBytes(stats.largestFile.bytes)}), ` +
          `largest folder ${stats.largestDir.path} (${formatCount(stats.largestDir.entries)} entries).`,
        `Done in ${formatSeconds(performance.now() - started)}. Preview: npx forum-archive serve ${options.out}`,
        '',
      ].join('\n'),
    );
  } catch (error) {
    output.discard();
    throw error;
  }
}
