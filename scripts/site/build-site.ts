import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_ENV, RECORDS_ENV } from '../../src/utils/records.ts';
import { PAGE_DATES_ENV, SEARCH_BUNDLES_ENV } from '../../src/utils/search-bundles.ts';
import { runChild } from '../utils/child.ts';
import { projectRoot } from '../utils/paths.ts';
import { removeStaleFolders, staleFoldersLine } from '../utils/stale-folders.ts';
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
  /** Whether the bundles carry page dates (`--indexer pagefind` writes none). */
  pageDates?: boolean | undefined;
  /** Whether the records are published as `data/` (the About page links them). */
  data?: boolean | undefined;
  /** Called as each Astro build ends well, with the number still running. */
  onPartDone?: ((running: number) => void) | undefined;
}

/**
 * Stage "pages": Astro renders the records into static pages in `outDir`.
 *
 * Each build runs in a child process with a working folder of its own inside the project: Astro
 * keeps its intermediate server bundle in `<cwd>/.astro/` when the output is elsewhere. A shared
 * folder would be overwritten by two builds at once (parts of one build, or two users' builds), and
 * it must be inside the project for that bundle to find the project's packages.
 */
export async function buildSite(options: SiteOptions): Promise<void> {
  const env = {
    [RECORDS_ENV]: options.recordsDir,
    [SEARCH_BUNDLES_ENV]: JSON.stringify(options.searchBundles),
    [DATA_ENV]: options.data === false ? '0' : '1',
    [PAGE_DATES_ENV]: options.pageDates === false ? '0' : '1',
  };
  const astro = { base: options.base, ...(options.site ? { site: options.site } : {}) };
  const parts = Math.max(1, options.parts);
  const builds = join(projectRoot, '.astro', 'builds');
  // A killed build never reached its `finally`: its working folders (`<pid>-<k>`) stay behind.
  const stale = removeStaleFolders(builds, (name) => Number(/^(\d+)-\d+$/.exec(name)?.[1]));
  const line = staleFoldersLine('.astro/builds', stale);
  if (line) process.stderr.write(`${line}\n`);
  const workDirs = Array.from({ length: parts }, (_, k) => join(builds, `${process.pid}-${k}`));
  for (const dir of [builds, options.outDir]) mkdirSync(dir, { recursive: true });
  const outDirs = partOutDirs(options.outDir, workDirs, sameFileSystem(builds, options.outDir));
  const mergedDirs = outDirs.filter((dir) => dir !== options.outDir);
  let running = outDirs.length;
  try {
    await Promise.all(
      outDirs.map((outDir, k) => {
        mkdirSync(workDirs[k]!, { recursive: true });
        return runChild(
          partWorker,
          [JSON.stringify({ outDir, ...astro })],
          { ...env, FORUM_ARCHIVE_BUILD_PART: `${k}/${parts}` },
          workDirs[k],
        ).then(() => options.onPartDone?.(--running));
      }),
    );
    for (const dir of mergedDirs) mergeDir(dir, options.outDir);
  } finally {
    for (const dir of [...workDirs, ...mergedDirs]) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Where each part has Astro write its pages. Astro moves its built assets into the output with
 * `rename` from `.astro/` in its working folder, which fails across file systems (EXDEV): an
 * output on another one than the project (a USB stick, a tmpfs) is then written inside each
 * working folder and copied over afterwards. Otherwise part 0 writes the output itself and the
 * other parts write beside it, so merging them only renames.
 */
function partOutDirs(outDir: string, workDirs: string[], sameFs: boolean): string[] {
  if (!sameFs) return workDirs.map((dir) => join(dir, 'out'));
  return workDirs.map((_, k) => (k === 0 ? outDir : `${outDir}.part-${k}`));
}

/** Whether two existing folders are on one file system (so `rename` between them works). */
function sameFileSystem(a: string, b: string): boolean {
  return statSync(a).dev === statSync(b).dev;
}
