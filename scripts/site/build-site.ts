import { build } from 'astro';
import { fileURLToPath } from 'node:url';
import { runChild } from '../utils/child.ts';
import { projectRoot } from '../utils/paths.ts';
import { mergeDir } from './lib/merge-dir.ts';

const partWorker = fileURLToPath(new URL('./lib/build-part.ts', import.meta.url));

export interface SiteOptions {
  recordsDir: string;
  outDir: string;
  /** URL path the site is served under, `/` or `/sub/`. */
  base: string;
  /** Public origin (and path), e.g. `https://example.org/sub/`; enables absolute URLs. */
  site?: string | undefined;
  /** Search bundles the search page merges, relative to base (see scripts/search). */
  searchBundles: string[];
  /**
   * Astro builds run at once, each rendering a share of the thread pages (Astro renders on one
   * core). 1 builds in this process.
   */
  parts: number;
  /** Whether the records are published as `data/` (the About page links them). */
  data?: boolean | undefined;
}

/** Stage "pages": Astro renders the records into static pages in `outDir`. */
export async function buildSite(options: SiteOptions): Promise<void> {
  // The pages read their records and settings from the environment at build time (src/utils/).
  process.env['FORUM_ARCHIVE_RECORDS'] = options.recordsDir;
  process.env['FORUM_ARCHIVE_SEARCH_BUNDLES'] = JSON.stringify(options.searchBundles);
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  process.env['FORUM_ARCHIVE_DATA'] = options.data === false ? '0' : '1';
  const astro = { base: options.base, ...(options.site ? { site: options.site } : {}) };
  if (options.parts <= 1) {
    await build({ root: projectRoot, outDir: options.outDir, logLevel: 'warn', ...astro });
    return;
  }
  const outDirs = Array.from({ length: options.parts }, (_, k) =>
    k === 0 ? options.outDir : `${options.outDir}.part-${k}`,
  );
  await Promise.all(
    outDirs.map((outDir, k) =>
      runChild(partWorker, [JSON.stringify({ outDir, ...astro })], {
        FORUM_ARCHIVE_BUILD_PART: `${k}/${options.parts}`,
      }),
    ),
  );
  for (const outDir of outDirs.slice(1)) mergeDir(outDir, options.outDir);
}
