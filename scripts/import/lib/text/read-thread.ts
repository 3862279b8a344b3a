import { hash } from 'node:crypto';
import {
  parseThreadFile,
  scanThreadFile,
  type DumpIssue,
  type ParsedThread,
  type ScannedThread,
} from '../../../parse/index.ts';
import type { PostRecord } from '../../../records/types.ts';
import type { DumpEntry } from '../../../read/walk.ts';
import { WholeFileReader } from '../../../read/whole-file.ts';

/** A thread file that gave no thread: unreadable, or rejected with what and where. */
export type FileProblem =
  { kind: 'unreadable'; message: string } | { kind: 'rejected'; sha256: string; issue: DumpIssue };

/** One thread file, read, hashed and parsed: what either way of importing it starts from. */
export type ThreadFile = FileProblem | { kind: 'thread'; sha256: string; thread: ParsedThread };

/** One thread file, read, hashed and scanned: its bodies are extents of `bytes`. */
export type ScannedFile =
  FileProblem | { kind: 'thread'; sha256: string; thread: ScannedThread; bytes: Uint8Array };

/**
 * Reads one file of a text dump. Self-contained (keeps only a read buffer, needs no other file),
 * so it runs on the calling thread or on a worker with the same result. Imports little: every
 * worker loads (and strips the types of) all of it.
 */
export function readThreadFile(entry: DumpEntry): ThreadFile {
  const file = readHashed(entry);
  if (file.kind !== 'read') return file;
  const result = parseThreadFile(file.bytes);
  if (!result.ok) return { kind: 'rejected', sha256: file.sha256, issue: result.issue };
  return { kind: 'thread', sha256: file.sha256, thread: result.thread };
}

/**
 * `readThreadFile`, scanning instead of parsing: for a caller that copies the bodies as bytes.
 * `bytes` are valid until the next file is read.
 */
export function scanThreadFileAt(entry: DumpEntry): ScannedFile {
  const file = readHashed(entry);
  if (file.kind !== 'read') return file;
  const { bytes, sha256 } = file;
  const result = scanThreadFile(bytes);
  if (!result.ok) return { kind: 'rejected', sha256, issue: result.issue };
  return { kind: 'thread', sha256, thread: result.thread, bytes };
}

/** A file's bytes and their sha256, or why they could not be read. */
function readHashed(
  entry: DumpEntry,
): { kind: 'read'; bytes: Uint8Array; sha256: string } | { kind: 'unreadable'; message: string } {
  let bytes: Uint8Array;
  try {
    bytes = reader.read(entry.path);
  } catch (error) {
    return { kind: 'unreadable', message: (error as Error).message };
  }
  return { kind: 'read', bytes, sha256: hash('sha256', bytes, 'hex') };
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

/** One per thread: a file's bytes are used up before the next file is read. */
const reader = new WholeFileReader();
