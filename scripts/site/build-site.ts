import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild } from '../utils/child.ts';
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
  /** Astro builds run at once, each rendering a share of the thread pages (Astro uses one core). */
  parts: number;
  /** Whether the records are published as `data/` (the About page links them). */
  data?: boolean | undefined;
}

/**
 * Stage "pages": Astro renders the records into static pages in `outDir`.
 *
 * Each build runs in a child process whose working folder holds its output: Astro keeps its
 * intermediate server bundle in `<cwd>/.astro/` when the output is elsewhere, which two builds at
 * once (parts of one build, or two users' builds) would overwrite.
 */
export async function buildSite(options: SiteOptions): Promise<void> {
  const env = {
    FORUM_ARCHIVE_RECORDS: options.recordsDir,
    FORUM_ARCHIVE_SEARCH_BUNDLES: JSON.stringify(options.searchBundles),
    FORUM_ARCHIVE_DATA: options.data === false ? '0' : '1',
  };
  const astro = { base: options.base, ...(options.site ? { site: options.site } : {}) };
  const parts = Math.max(1, options.parts);
  const outDirs = Array.from({ length: parts }, (_, k) =>
    k === 0 ? options.outDir : `${options.outDir}.part-${k}`,
  );
  await Promise.all(
    outDirs.map((outDir, k) =>
      runChild(
        partWorker,
        [JSON.stringify({ outDir, ...astro })],
        { ...env, FORUM_ARCHIVE_BUILD_PART: `${k}/${parts}` },
        dirname(outDir),
      ),
    ),
  );
  for (const outDir of outDirs.slice(1)) mergeDir(outDir, options.outDir);
}
