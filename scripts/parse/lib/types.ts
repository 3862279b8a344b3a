import type { NaiveDateTime, RejectReason } from '../../records/types.ts';

/** One post as the dump writes it. */
export interface ParsedPost {
  /** 1-based line of the post's header. */
  line: number;
  date: NaiveDateTime;
  /** Lines joined by `\n`; trailing spaces/tabs and leading/trailing empty lines dropped. */
  body: string;
}

/** One thread file, parsed. */
export interface ParsedThread {
  /** Line 1, spaces/tabs trimmed at both ends. */
  forum: string;
  /** Line 2, trimmed the same way. */
  title: string;
  /** In file order: never sorted, merged or de-duplicated. */
  posts: ParsedPost[];
}

/** Why a thread file breaks the dump grammar (I/O failures are the reader's business). */
export interface DumpIssue {
  reason: Exclude<RejectReason, 'unreadable'>;
  /** 1-based line the reason applies to; `null` when no line applies. */
  line: number | null;
  /** A human sentence saying what is wrong and how to fix it. */
  message: string;
}

/** A rejected thread file: the first problem in line order. */
export interface Rejection {
  ok: false;
  issue: DumpIssue;
}

/** Outcome of parsing one thread file. */
export type ParseResult = { ok: true; thread: ParsedThread } | Rejection;

/** Where a post's body lies in the file's bytes, before its lines are cleaned up. */
export interface BodyExtent {
  /** Start of the first non-blank line, -1 when the body is blank. */
  first: number;
  /** End of the last non-blank line, trailing spaces/tabs excluded. */
  last: number;
  /** No line in the extent has trailing spaces/tabs or a CRLF terminator. */
  clean: boolean;
}

/** A post as the scan leaves it: its body still an extent of the file's bytes. */
export interface ScannedPost extends BodyExtent {
  line: number;
  date: NaiveDateTime;
}

/** A thread file that follows the grammar, its bodies not yet decoded (`scanThreadFile`). */
export interface ScannedThread {
  forum: string;
  title: string;
  posts: ScannedPost[];
}

/** Outcome of scanning one thread file: the same verdicts as `ParseResult`. */
export type ScanResult = { ok: true; thread: ScannedThread } | Rejection;

/** A thread as `formatThreadFile` needs it: header lines and posts without line numbers. */
export interface ThreadToFormat {
  forum: string;
  title: string;
  posts: ReadonlyArray<Pick<ParsedPost, 'date' | 'body'>>;
}

/** Shorthand for a failed `ParseResult` or `ScanResult`. */
export function reject(
  reason: DumpIssue['reason'],
  line: number | null,
  message: string,
): Rejection {
  return { ok: false, issue: { reason, line, message } };
}
