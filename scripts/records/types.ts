/**
 * The record format: the one contract between the importers (`scripts/`) and the site (`src/`).
 * Declared once here; `schema/records.schema.json` publishes the same shape as JSON Schema.
 *
 * Layout of a records directory:
 * - `forums.json`: `ForumRecord[]`, sorted by name.
 * - `forums/<forumId>.json`: `ThreadSummary[]` of that forum, newest activity first.
 * - `threads/<threadId>.json`: one `ThreadRecord` per thread.
 * - `archive.json`: one `ArchiveManifest` (counts, rejected files, build inputs).
 */

/** A minute on the wall clock as written in the dump, `YYYY-MM-DDTHH:MM`, no time zone. */
export type NaiveDateTime = string;

export interface PostRecord {
  /** 1-based position of the post in its thread (file order, never sorted). */
  n: number;
  date: NaiveDateTime;
  /** `null` when the dump format carries no authors (the plain-text format never does). */
  author: string | null;
  /** Plain text, lines joined by `\n`; trailing spaces/tabs and leading/trailing blank lines dropped. */
  body: string;
}

export interface ThreadRecord {
  /** Stable id: the 16 hex digits of the file name, else derived from the file's content hash. */
  id: string;
  forumId: string;
  /** The forum's exact name. */
  forum: string;
  title: string;
  /** ASCII, lower-case URL segment for the thread: `<id>-<slugified title>`. */
  slug: string;
  /** The file's path relative to the dump folder, `/`-separated. */
  source: string;
  /** Hex sha256 of the file's bytes. */
  sha256: string;
  posts: PostRecord[];
}

export interface ForumRecord {
  /** Stable id derived from the forum's exact name. */
  id: string;
  /** ASCII, lower-case URL segment, unique also when compared case-insensitively. */
  slug: string;
  name: string;
  threadCount: number;
  postCount: number;
  firstPostAt: NaiveDateTime;
  lastPostAt: NaiveDateTime;
}

/** What a forum page lists about a thread, without its posts. */
export interface ThreadSummary {
  id: string;
  slug: string;
  title: string;
  postCount: number;
  firstPostAt: NaiveDateTime;
  lastPostAt: NaiveDateTime;
}

/** Why a dump file was not imported: the dump grammar's reject reasons, plus I/O failures. */
export type RejectReason =
  | 'invalid-utf8'
  | 'empty-file'
  | 'empty-forum-name'
  | 'missing-title'
  | 'empty-title'
  | 'text-before-first-post'
  | 'no-posts'
  | 'invalid-date'
  | 'unreadable';

export interface RejectedFile {
  /** Path relative to the dump folder, `/`-separated. */
  file: string;
  /** 1-based line the reason applies to, when it applies to one. */
  line: number | null;
  reason: RejectReason;
  message: string;
}

export interface ArchiveManifest {
  /** The archive's title, shown in the site header. */
  title: string;
  generator: string;
  forums: number;
  threads: number;
  posts: number;
  /** Dump files read (accepted and rejected). */
  files: number;
  rejected: RejectedFile[];
  /** The importer that read the dump (`text`, …). */
  format: string;
  /**
   * sha256 of the dump as read: of the lines `<sha256 of file>  <source>\n` of every file, in
   * code-point order of `source` (the output of `sha256sum` over the files, sorted, then hashed).
   */
  dumpDigest: string;
  /** `SOURCE_DATE_EPOCH` as `YYYY-MM-DDTHH:MM:SSZ`, or null: the build never reads the clock. */
  builtAt: string | null;
}
