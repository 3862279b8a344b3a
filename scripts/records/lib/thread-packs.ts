import { closeSync, openSync, readSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordRange, ThreadRecord } from '../types.ts';
import { writeAll } from './write-all.ts';

/**
 * The pack holding thread `id`'s record, `threads/<pack>.json`: the id's first two characters,
 * lower-cased (the folder rule of the thread pages, `threadBucket`). Hex ids make 256 packs.
 */
export function threadPackOf(id: string): string {
  return id.slice(0, 2).toLowerCase();
}

/** Where thread `id`'s record is: `<recordsDir>/threads/<pack>.json`. */
export function threadPackFile(recordsDir: string, id: string): string {
  return join(recordsDir, 'threads', `${threadPackOf(id)}.json`);
}

/** Reads the record at `range` of a pack file: its JSON text. */
export function readRecordText(file: string, range: RecordRange): string {
  // Lists written before the packs have no ranges: say so, rather than fail destructuring one.
  if (!Array.isArray(range) || range.length !== 2) {
    throw new Error(
      `No byte range for a record in ${file}: the thread lists were written by an older version. ` +
        'Parse the dump again.',
    );
  }
  const [offset, length] = range;
  const bytes = Buffer.allocUnsafe(length);
  const fd = openSync(file, 'r');
  try {
    let read = 0;
    while (read < length) {
      const got = readSync(fd, bytes, read, length - read, offset + read);
      if (got === 0) throw new Error(`${file} ends before byte ${offset + length}.`);
      read += got;
    }
  } finally {
    closeSync(fd);
  }
  return bytes.toString('utf8');
}

/**
 * Thread `id`'s record, read from its pack where `at` says (a summary's `at`). Fails naming the
 * pack and the byte when the range does not hold that thread: lists and packs of different runs.
 */
export function readThreadRecord(
  recordsDir: string,
  { id, at }: { id: string; at: RecordRange },
): ThreadRecord {
  const file = threadPackFile(recordsDir, id);
  const text = readRecordText(file, at);
  let thread: ThreadRecord | null;
  try {
    thread = JSON.parse(text) as ThreadRecord | null;
  } catch (error) {
    throw new Error(`Invalid JSON at byte ${at[0]} of ${file}: ${(error as Error).message}.`, {
      cause: error,
    });
  }
  if (thread?.id !== id) {
    const found = typeof thread?.id === 'string' ? `thread "${thread.id}"` : 'no thread record';
    throw new Error(`The record at byte ${at[0]} of ${file} is ${found}, not "${id}".`);
  }
  return thread;
}

/** Open pack files at most: an id scheme other than hex could make thousands of packs. */
const OPEN_PACKS = 256;

/**
 * Appends thread records to their packs, each pack one JSON object from id to record, in the
 * order the records come. One file per thread made every import create (and every rebuild
 * delete) tens of thousands of files: at 50,000 threads that was about half of the parse's
 * time, most of it in the kernel.
 */
export class ThreadPacks {
  readonly #dir: string;
  /** Bytes written so far to each pack. */
  readonly #sizes = new Map<string, number>();
  /** File descriptors of the packs written to last, least recent first. */
  readonly #open = new Map<string, number>();

  constructor(threadsDir: string) {
    this.#dir = threadsDir;
  }

  /** Appends record `parts` (their bytes together are the JSON of thread `id`); where they went. */
  add(id: string, parts: readonly Uint8Array[]): RecordRange {
    const pack = threadPackOf(id);
    const size = this.#sizes.get(pack) ?? 0;
    const key = Buffer.from(`${size === 0 ? '{' : ','}${JSON.stringify(id)}:`);
    const length = parts.reduce((sum, part) => sum + part.length, 0);
    const fd = this.#fd(pack, size > 0);
    const written = writevSync(fd, [key, ...parts]);
    // A regular file takes all at once; should it not, the rest goes out as one more write.
    if (written < key.length + length) {
      writeAll(fd, Buffer.concat([key, ...parts]).subarray(written));
    }
    this.#sizes.set(pack, size + key.length + length);
    return [size + key.length, length];
  }

  /** Closes every pack's object and file. */
  close(): void {
    for (const pack of this.#sizes.keys()) writeAll(this.#fd(pack, true), closeBrace);
    for (const fd of this.#open.values()) closeSync(fd);
    this.#open.clear();
    this.#sizes.clear();
  }

  /** The pack's open file, opened again to append if it was closed (`started`) or new if not. */
  #fd(pack: string, started: boolean): number {
    let fd = this.#open.get(pack);
    if (fd !== undefined) {
      this.#open.delete(pack);
    } else {
      if (this.#open.size >= OPEN_PACKS) {
        const [oldest, oldFd] = this.#open.entries().next().value!;
        closeSync(oldFd);
        this.#open.delete(oldest);
      }
      fd = openSync(join(this.#dir, `${pack}.json`), started ? 'a' : 'w');
    }
    this.#open.set(pack, fd);
    return fd;
  }
}

const closeBrace = Buffer.from('}');
