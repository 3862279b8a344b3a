import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { indexRecords } from '../search/index.ts';
import { buildSite } from '../site/build-site.ts';
import { copyData } from '../site/copy-data.ts';
import { plural } from '../utils/format.ts';
import type { Reporter } from '../utils/reporter.ts';
import type { BuildOptions } from './build.ts';
import type { BuildPlan } from './plan.ts';

/**
 * Stages "pages" (Astro, then the `data/` copy) and "search index" (Pagefind over documents made
 * from the records) side by side: both read only the records, and on two cores the index, the
 * longest stage, would otherwise start only after every page exists. The bundles are built beside
 * the staged site and moved into it once both stages are done.
 */
export async function renderAndIndex(
  siteDir: string,
  plan: BuildPlan,
  options: BuildOptions,
  reporter: Reporter,
): Promise<void> {
  const bundles = join(dirname(siteDir), `.${basename(options.out)}.search-${process.pid}`);
  mkdirSync(bundles, { recursive: true });
  try {
    const pagesDone = reporter.stage('pages');
    const pages = buildSite({
      recordsDir: options.records,
      outDir: siteDir,
      base: options.base,
      site: options.site,
      searchBundles: plan.bundles,
      parts: plan.parts,
      data: options.data,
    }).then(() => {
      if (options.data !== false) copyData(options.records, siteDir);
      pagesDone(`rendered in ${plural(plan.parts, 'process', 'processes')}`);
    });
    const searchDone = reporter.stage('search index');
    const search = indexRecords(options.records, bundles, {
      shards: plan.shards,
      concurrency: options.jobs,
      maxFragments: options.maxFragments,
    }).then((summary) =>
      searchDone(`${plural(summary.pages, 'page')} indexed in ${plural(summary.shards, 'shard')}`),
    );
    // Both settle before anything is removed: a failed stage must not pull the other's folder away.
    const failed = (await Promise.allSettled([pages, search])).find(
      (result) => result.status === 'rejected',
    );
    if (failed) throw failed.reason;
    for (const bundle of plan.bundles) renameSync(join(bundles, bundle), join(siteDir, bundle));
  } finally {
    rmSync(bundles, { recursive: true, force: true });
  }
}
