import type { ThreadDraft } from '../../records/index.ts';
import type { RejectedFile } from '../../records/types.ts';

/** Reports work done so far; called often, so it must be cheap. */
export type ProgressReporter = (done: number, total: number) => void;

export interface ImportOutcome {
  /** Dump files read, accepted or rejected. */
  files: number;
  rejected: RejectedFile[];
  /** Files or folders passed over on purpose, for the summary (never silently). */
  ignored: string[];
  /** Every file read, with the sha256 of its bytes, for the manifest's dump digest. */
  digests: FileDigest[];
  /** Entries of an accepted file passed over on purpose, counted by reason (e.g. `orphan-answer`). */
  skipped?: Record<string, number>;
}

export interface FileDigest {
  source: string;
  sha256: string;
}

/**
 * One dump format. Adding a format means adding one module that implements this and listing it in
 * `importers.ts`; records, site and search stay unchanged.
 */
export interface Importer {
  /** Name used by `--format`. */
  readonly name: string;
  /** Whether the folder looks like a dump of this format. */
  detect(dumpDir: string): boolean;
  /** Reads the dump, handing each thread to `emit` as soon as it is complete. */
  run(
    dumpDir: string,
    emit: (draft: ThreadDraft) => void,
    progress: ProgressReporter,
  ): ImportOutcome;
}
