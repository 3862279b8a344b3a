import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { indexRecords, type SearchIndexSummary } from '../search/index.ts';
import { buildSite } from '../site/build-site.ts';
import { copyData } from '../site/copy-data.ts';
import { plural } from '../utils/format.ts';
import type { Reporter } from '../utils/reporter.ts';
import type { BuildOptions } from './build.ts';
import type { BuildPlan } from './plan.ts';

/**
 * Stages "pages" (Astro, then the `data/` copy) and "search index" (the bundle writer, or
 * Pagefind over documents made from the records). Both read only the records and could run side
 * by side, but on this 2-core machine that was slower: M took 125–128 s with the stages
 * overlapped against 114 s one after the other, each with both cores (Pagefind and Astro slow
 * each other down more than they gain). The bundle writer starts once a single Astro build is
 * left, on the cores the others freed: the last build, the parts' merge and the `data/` copy
 * left a core idle for about a second at M. The bundles are built beside the staged site and
 * moved into it at the end.
 */
export async function renderAndIndex(
  siteDir: string,
  plan: BuildPlan,
  options: BuildOptions,
  reporter: Reporter,
): Promise<void> {
  const bundles = join(dirname(siteDir), `.${basename(options.out)}.search-${process.pid}`);
  mkdirSync(bundles, { recursive: true });
  const stop = new AbortController();
  let indexing: Promise<SearchIndexSummary> | undefined;
  const startIndex = () => {
    if (indexing) return indexing;
    indexing = indexRecords(options.records, bundles, {
      shards: plan.shards,
      partsPerShard: plan.partsPerShard,
      concurrency: options.jobs,
      maxFragments: options.maxFragments,
      indexer: options.indexer,
      signal: stop.signal,
    });
    // Awaited below; a failure before then must not count as unhandled.
    indexing.catch(() => {});
    return indexing;
  };
  const early = options.indexer !== 'pagefind';
  try {
    const pagesDone = reporter.stage('pages');
    await buildSite({
      recordsDir: options.records,
      outDir: siteDir,
      base: options.base,
      site: options.site,
      searchBundles: plan.bundles,
      pageDates: options.indexer !== 'pagefind',
      parts: plan.parts,
      data: options.data,
      // A build that ends after another failed starts nothing: the stage is over.
      onPartDone: (running) => {
        if (early && running === 1 && !stop.signal.aborted) startIndex();
      },
    });
    if (options.data !== false) copyData(options.records, siteDir);
    pagesDone(`rendered in ${plural(plan.parts, 'process', 'processes')}`);

    const searchDone = reporter.stage('search index');
    const summary = await startIndex();
    searchDone(`${plural(summary.pages, 'page')} indexed in ${plural(summary.shards, 'shard')}`);
    for (const bundle of plan.bundles) renameSync(join(bundles, bundle), join(siteDir, bundle));
  } finally {
    // After a failed render an early index is still running: stop it before removing its folder.
    stop.abort();
    await indexing?.catch(() => {});
    rmSync(bundles, { recursive: true, force: true });
  }
}
