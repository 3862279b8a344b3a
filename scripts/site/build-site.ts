import { build } from 'astro';
import { projectRoot } from '../utils/paths.ts';

export interface SiteOptions {
  recordsDir: string;
  outDir: string;
  /** URL path the site is served under, `/` or `/sub/`. */
  base: string;
  /** Public origin (and path), e.g. `https://example.org/sub/`; enables absolute URLs. */
  site?: string | undefined;
}

/** Stage "build": Astro renders the records into static pages in `outDir`. */
export async function buildSite(options: SiteOptions): Promise<void> {
  // The pages read their records from this folder at build time (src/utils/records.ts).
  process.env['FORUM_ARCHIVE_RECORDS'] = options.recordsDir;
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  await build({
    root: projectRoot,
    outDir: options.outDir,
    base: options.base,
    ...(options.site ? { site: options.site } : {}),
    logLevel: 'warn',
  });
}
