import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { CliError } from '../utils/cli-error.ts';

export interface SearchIndexSummary {
  /** Pages Pagefind indexed (pages without `data-pagefind-body` are skipped by design). */
  pages: number;
}

/** Stage "index": Pagefind indexes the built pages and writes `outDir/pagefind/`. */
export async function indexSite(outDir: string): Promise<SearchIndexSummary> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new CliError(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new CliError(`Pagefind failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new CliError(`Pagefind failed: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
