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

/** Outcome of parsing one thread file. */
export type ParseResult = { ok: true; thread: ParsedThread } | { ok: false; issue: DumpIssue };

/** A thread as `formatThreadFile` needs it: header lines and posts without line numbers. */
export interface ThreadToFormat {
  forum: string;
  title: string;
  posts: ReadonlyArray<Pick<ParsedPost, 'date' | 'body'>>;
}

/** Shorthand for a failed `ParseResult`. */
export function reject(
  reason: DumpIssue['reason'],
  line: number | null,
  message: string,
): ParseResult {
  return { ok: false, issue: { reason, line, message } };
}
