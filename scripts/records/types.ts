/**
 * The record format: the one contract between the importers (`scripts/`) and the site (`src/`).
 * Declared once here; `schema/records.schema.json` publishes the same shape as JSON Schema.
 *
 * Layout of a records directory:
 * - `forums.json`: `ForumRecord[]`, sorted by name.
 * - `forums/<forumId>.json`: `ThreadSummary[]` of that forum, newest activity first.
 * - `threads/<pack>.json`: a `ThreadPack`, packs numbered `0000`, `0001`, … (`threadPackName`) in
 *   the order written; a summary's `at` says which pack holds its thread, and where in it.
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
  /**
   * The body as HTML, only from formats whose posts are HTML (Stack Exchange). Sanitized at import
   * time (rehype-sanitize, GitHub schema; links `rel="nofollow ugc noopener"`, images turned into
   * links): the one field the site renders as HTML. `body` then holds its plain text.
   */
  html?: string;
  /** Id of the author's page (`authors/<authorId>.json`), when the dump identifies authors. */
  authorId?: string;
  /** The post's id in the source dump, e.g. a Stack Exchange post `Id`. */
  sourceId?: string;
  /** Votes (Stack Exchange `Score`). */
  score?: number;
  /** Marks the accepted answer of a question. */
  accepted?: boolean;
  /** On a question: `n` of its accepted answer in this thread. */
  acceptedAnswer?: number;
  /** The post's license, e.g. `CC BY-SA 4.0` (Stack Exchange `ContentLicense`). */
  license?: string;
  /** Comments under the post, oldest first; their text is plain text. */
  comments?: CommentRecord[];
}

/** A comment under a post (Stack Exchange `Comments.xml`). */
export interface CommentRecord {
  date: NaiveDateTime;
  /** `null` when the comment's author is unknown. */
  author: string | null;
  score: number;
  /** Plain text, never HTML. */
  text: string;
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
  /** Tags in the dump's order (Stack Exchange `Tags`); each has a page (`tags/<id>.json`). */
  tags?: TagRef[];
  /** The thread's path on the original site, e.g. `questions/123`, joined to the manifest's `sourceUrl`. */
  sourcePath?: string;
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
  /** Posts per calendar month, `YYYY-MM` → count, months in ascending order (for the date archive). */
  postsPerMonth?: Record<string, number>;
}

/** What a forum page lists about a thread, without its posts. */
export interface ThreadSummary {
  id: string;
  slug: string;
  title: string;
  postCount: number;
  firstPostAt: NaiveDateTime;
  lastPostAt: NaiveDateTime;
  /** Which pack holds the thread's record (`threads/<pack>.json`), and where in it. */
  at: RecordRange;
}

/**
 * A record's place: the number of its pack, the byte offset of its JSON value there and its
 * length in bytes, so a reader reads one thread without parsing the pack.
 */
export type RecordRange = [pack: number, offset: number, length: number];

/**
 * The threads of one pack, by id, in the order the dump gave them; a pack holds ~8 MB of records
 * (see `ThreadPacks`). One file per pack, not per thread: creating (and, on a rebuild, deleting)
 * 50,000 files was half of a parse's time.
 */
export type ThreadPack = Record<string, ThreadRecord>;

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
  /** Origin of the original site (`--source-url`), e.g. `https://cooking.stackexchange.com/`. */
  sourceUrl?: string;
  /** Dump entries passed over on purpose, counted by reason (e.g. `orphan-answer`). */
  skipped?: Record<string, number>;
}

/**
 * Extra lists, written only when a dump has authors or tags:
 * - `authors.json`: `AuthorRecord[]`, sorted by name; `authors/<bucket>.json`: `AuthorBucket`, the
 *   posts of every author whose id ends in `<bucket>` (`authorBucket` in `src/utils/url.ts`).
 * - `tags.json`: `TagRecord[]`, sorted by name; `tags/<id>.json`: `ThreadSummary[]`, newest first.
 */
export interface AuthorRecord {
  /** The `authorId` of the author's posts: ASCII, lower-case, a URL segment. */
  id: string;
  name: string;
  postCount: number;
}

/** One post on an author's page: enough to link to it without reading its thread. */
export interface AuthorPost {
  threadSlug: string;
  title: string;
  n: number;
  date: NaiveDateTime;
}

/**
 * The authors of one bucket, by id (in code-point order), each with their posts, oldest first.
 * One file per bucket, not per author: a large site has hundreds of thousands of authors.
 */
export type AuthorBucket = Record<string, AuthorPost[]>;

/** A tag as a thread names it: its page id and its exact name. */
export interface TagRef {
  /** ASCII, lower-case URL segment derived from the name (see `tagIdOf`). */
  id: string;
  name: string;
}

export interface TagRecord {
  /** ASCII, lower-case URL segment derived from the name. */
  id: string;
  name: string;
  threadCount: number;
}
