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

/** How much of the machine an import may use. Importers may pick their own (Stack Exchange does). */
export interface RunOptions {
  /** Cores the import may keep busy; default: all of them. */
  jobs?: number | undefined;
  /** Exactly this many worker threads (0: none), whatever the dump's size: for tests and benchmarks. */
  workers?: number | undefined;
}

/**
 * Hands a thread to the archive. `postsJson`, when given, is `JSON.stringify(draft.posts)` as UTF-8,
 * serialized already on a worker thread; it is written as it is, and `draft.posts` then only need
 * what the lists are made from (`n`, `date`, `author`, `authorId`): bodies may be left empty.
 * The bytes are only valid during the call (importers reuse the buffer): write or copy them at once.
 */
export type EmitThread = (draft: ThreadDraft, postsJson?: Uint8Array) => void;

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
    emit: EmitThread,
    progress: ProgressReporter,
    options?: RunOptions,
  ): ImportOutcome;
}
