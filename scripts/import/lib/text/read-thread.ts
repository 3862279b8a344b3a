import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseThreadFile, type DumpIssue, type ParsedThread } from '../../../parse/index.ts';
import type { PostRecord } from '../../../records/types.ts';
import type { DumpEntry } from '../../../read/walk.ts';

/** A thread file that gave no thread: unreadable, or rejected with what and where. */
export type FileProblem =
  { kind: 'unreadable'; message: string } | { kind: 'rejected'; sha256: string; issue: DumpIssue };

/** One thread file, read, hashed and parsed: what either way of importing it starts from. */
export type ThreadFile = FileProblem | { kind: 'thread'; sha256: string; thread: ParsedThread };

/**
 * Reads one file of a text dump. Self-contained (keeps nothing, needs no other file), so it runs
 * on the calling thread or on a worker with the same result. Imports little: every worker loads
 * (and strips the types of) all of it.
 */
export function readThreadFile(entry: DumpEntry): ThreadFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(entry.path);
  } catch (error) {
    return { kind: 'unreadable', message: (error as Error).message };
  }
  const sha256 = hash('sha256', bytes, 'hex');
  const result = parseThreadFile(bytes);
  if (!result.ok) return { kind: 'rejected', sha256, issue: result.issue };
  return { kind: 'thread', sha256, thread: result.thread };
}

/** The records of a parsed thread's posts, in file order (the plain-text format has no authors). */
export function postRecordsOf(thread: ParsedThread): PostRecord[] {
  return thread.posts.map((post, i) => ({
    n: i + 1,
    date: post.date,
    author: null,
    body: post.body,
  }));
}
