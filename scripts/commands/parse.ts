import { resolve } from 'node:path';
import { importDump, type ImportSummary } from '../import/index.ts';
import { CliError } from '../utils/cli-error.ts';
import { formatCount, plural } from '../utils/format.ts';
import { assertDumpOutside } from '../utils/separate-folders.ts';
import type { Reporter } from '../utils/reporter.ts';
import { statSync } from 'node:fs';
import { reportRejections } from './rejections.ts';

export interface ParseOptions {
  out: string;
  skipInvalid: boolean;
  title?: string | undefined;
  format?: string | undefined;
  /** Origin of the original site, e.g. `https://cooking.stackexchange.com/` (`--source-url`). */
  sourceUrl?: string | undefined;
  /** Cores the import may keep busy (`build --jobs`); default: all of them. */
  jobs?: number | undefined;
  /** Leave the earlier records for the caller to delete (see `ImportOptions.keepPrevious`). */
  keepPrevious?: boolean | undefined;
}

/** `forum-archive parse DUMP --out DIR`: the records only. */
export function parseCommand(
  dump: string,
  options: ParseOptions,
  reporter: Reporter,
): ImportSummary {
  assertDumpFolder(dump);
  assertDumpOutside(dump, options.out, '--out');
  const done = reporter.stage('parse');
  const summary = importDump({
    dumpDir: dump,
    recordsDir: resolve(options.out),
    title: options.title,
    format: options.format,
    sourceUrl: options.sourceUrl,
    jobs: options.jobs,
    keepPrevious: options.keepPrevious,
    progress: reporter.progress('parse'),
  });
  const { manifest } = summary;
  done(
    `${plural(manifest.files, 'file')} → ${plural(manifest.forums, 'forum')}, ` +
      `${plural(manifest.threads, 'thread')}, ${plural(manifest.posts, 'post')}, ` +
      `${plural(manifest.rejected.length, 'rejected file')}`,
  );
  if (summary.ignored.length) {
    const shown = summary.ignored.slice(0, 5).join(', ');
    const more = summary.ignored.length > 5 ? ', …' : '';
    const what = summary.format === 'text' ? 'hidden or non-.txt entries' : 'entries not imported';
    reporter.warn(`ignored ${summary.ignored.length} ${what}: ${shown}${more}`);
  }
  const skipped = Object.entries(summary.skipped);
  if (skipped.length) {
    reporter.warn(
      `skipped ${skipped.map(([reason, n]) => `${formatCount(n)} ${reason}`).join(', ')}`,
    );
  }
  reportRejections(dump, manifest.rejected, options.skipInvalid);
  if (manifest.files === 0) {
    throw new CliError(
      `${dump} holds no thread files.`,
      'Point forum-archive at the folder of .txt thread files.',
    );
  }
  return summary;
}

function assertDumpFolder(dump: string): void {
  const stat = statSync(dump, { throwIfNoEntry: false });
  if (stat?.isDirectory()) return;
  throw new CliError(
    `The dump ${dump} ${stat ? 'is a file, not a folder' : 'does not exist'}.`,
    'Give the folder that holds the dump (for a text dump, its .txt thread files).',
    2,
  );
}
