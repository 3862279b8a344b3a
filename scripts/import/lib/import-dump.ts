import { ArchiveCollector, RecordWriter, sha256 } from '../../records/index.ts';
import type { ArchiveManifest } from '../../records/types.ts';
import { version } from '../../utils/version.ts';
import type { FileDigest, ImportOutcome, ProgressReporter } from './importer.ts';
import { sourceDate } from '../../utils/source-date.ts';
import { importerFor } from './importers.ts';
import { ArchiveListings } from './stackexchange/index.ts';

export interface ImportOptions {
  dumpDir: string;
  recordsDir: string;
  /** Archive title; defaults to the only forum's name, or "Forum archive". */
  title?: string | undefined;
  format?: string | undefined;
  /** Origin of the original site (`--source-url`); pages link each thread's `sourcePath` there. */
  sourceUrl?: string | undefined;
  progress?: ProgressReporter;
  /** Cores the import may keep busy (`--jobs`); default: all of them. */
  jobs?: number | undefined;
  /** Exactly this many worker threads, whatever the dump's size (tests, benchmarks). */
  workers?: number | undefined;
  /**
   * Leaves an earlier run's records set aside for the caller to delete (`removePreviousRecords`)
   * instead of deleting them as the import ends: a build deletes them after writing its
   * pages, which then do not pay for the freed inodes either (see `RecordWriter.prepare`).
   */
  keepPrevious?: boolean | undefined;
}

export interface ImportSummary {
  manifest: ArchiveManifest;
  format: string;
  ignored: string[];
  /** Entries passed over on purpose, by reason (also in the manifest). */
  skipped: Record<string, number>;
}

/** Stage "parse → records": reads a dump with its importer and writes the records directory. */
export function importDump(options: ImportOptions): ImportSummary {
  const importer = importerFor(options.dumpDir, options.format);
  const writer = new RecordWriter(options.recordsDir);
  writer.prepare();
  const collector = new ArchiveCollector();
  const listings = new ArchiveListings();
  let outcome: ImportOutcome;
  try {
    outcome = importer.run(
      options.dumpDir,
      (draft, postsJson) => {
        const { record, summary } = collector.add(draft, (r) => writer.writeThread(r, postsJson));
        listings.add(record, summary);
      },
      options.progress ?? (() => {}),
      { jobs: options.jobs, workers: options.workers },
    );
  } catch (error) {
    writer.closePacks();
    throw error;
  }
  const forums = collector.forums();
  const manifest: ArchiveManifest = {
    title: options.title ?? (forums.length === 1 ? forums[0]!.name : 'Forum archive'),
    generator: `forum-archive ${version}`,
    forums: forums.length,
    threads: forums.reduce((sum, forum) => sum + forum.threadCount, 0),
    posts: collector.postCount,
    files: outcome.files,
    rejected: outcome.rejected,
    format: importer.name,
    dumpDigest: dumpDigest(outcome.digests),
    builtAt: sourceDate(),
  };
  if (options.sourceUrl !== undefined) manifest.sourceUrl = options.sourceUrl;
  const skipped = outcome.skipped ?? {};
  if (Object.keys(skipped).length > 0) manifest.skipped = skipped;
  listings.write(options.recordsDir);
  writer.finish(manifest, forums, (id) => collector.threadsOf(id));
  if (!options.keepPrevious) writer.removePrevious();
  return { manifest, format: importer.name, ignored: outcome.ignored, skipped };
}

/** Deletes the earlier records an import with `keepPrevious` set aside in `recordsDir`, if any. */
export function removePreviousRecords(recordsDir: string): void {
  new RecordWriter(recordsDir).removePrevious();
}

/** One hash for the whole dump, computed like `sha256sum` over the sorted files, then hashed. */
function dumpDigest(digests: FileDigest[]): string {
  const sorted = [...digests].sort((a, b) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : 0,
  );
  return sha256(sorted.map((d) => `${d.sha256}  ${d.source}\n`).join(''));
}
