import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordRange, ThreadRecord } from '../types.ts';
import { writeAll } from './write-all.ts';

/** The file name of pack number `pack`: `0000.json`, `0001.json`, …, in the order written. */
export function threadPackName(pack: number): string {
  return `${String(pack).padStart(4, '0')}.json`;
}

/** Where pack number `pack` is: `<recordsDir>/threads/<name>` (`threadPackName`). */
export function threadPackFile(recordsDir: string, pack: number): string {
  return join(recordsDir, 'threads', threadPackName(pack));
}

/** Reads the record at `offset` (`length` bytes) of a pack file: its JSON text. */
export function readRecordText(file: string, offset: number, length: number): string {
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
  // Lists of an older version have no range, or one without its pack: say so, rather than
  // fail destructuring it or read the wrong file.
  if (!Array.isArray(at) || at.length !== 3) {
    throw new Error(
      `No pack and byte range for thread "${id}" in the thread lists: they were written by an ` +
        'older version. Parse the dump again.',
    );
  }
  const [pack, offset, length] = at;
  const file = threadPackFile(recordsDir, pack);
  const text = readRecordText(file, offset, length);
  let thread: ThreadRecord | null;
  try {
    thread = JSON.parse(text) as ThreadRecord | null;
  } catch (error) {
    throw new Error(`Invalid JSON at byte ${offset} of ${file}: ${(error as Error).message}.`, {
      cause: error,
    });
  }
  if (thread?.id !== id) {
    const found = typeof thread?.id === 'string' ? `thread "${thread.id}"` : 'no thread record';
    throw new Error(`The record at byte ${offset} of ${file} is ${found}, not "${id}".`);
  }
  return thread;
}

/**
 * A pack is closed, and the next one begun, once it holds this many bytes: far below hosts'
 * limits on a file (Cloudflare Pages: 25 MB), unless the thread that ends a pack is larger than
 * the limit less this.
 */
const PACK_BYTES = 8 << 20;
/** Records are gathered and written this many bytes at a time. */
const WRITE_BYTES = 1 << 20;

/**
 * Appends thread records to numbered packs in the order they come, each pack one JSON object
 * from id to record, a new pack once one holds `PACK_BYTES`. One file per thread made every
 * import create (and every rebuild delete) tens of thousands of files: at 50,000 threads about
 * half of the parse's time, most of it in the kernel. Packs by id (256 of them, written to in
 * turn) still cost one write call a record; one pack at a time, written 1 MB at a time, took
 * ~0.5 CPU-seconds less in the kernel at 50,000 threads.
 */
export class ThreadPacks {
  readonly #dir: string;
  /** The pack being written, -1 before the first. */
  #pack = -1;
  #fd: number | null = null;
  /** Bytes of the pack being written so far, gathered ones included. */
  #size = 0;
  readonly #gathered = Buffer.allocUnsafeSlow(WRITE_BYTES);
  #used = 0;

  constructor(threadsDir: string) {
    this.#dir = threadsDir;
  }

  /**
   * Appends record `parts` (together the JSON of thread `id`, as bytes or as text written as
   * UTF-8); where they went. Bytes are copied or written before this returns: the caller may
   * reuse their memory.
   */
  add(id: string, parts: ReadonlyArray<Uint8Array | string>): RecordRange {
    if (this.#fd === null || this.#size >= PACK_BYTES) this.#begin();
    this.#appendText(`${this.#size === 0 ? '{' : ','}${JSON.stringify(id)}:`);
    const offset = this.#size;
    for (const part of parts) {
      if (typeof part === 'string') this.#appendText(part);
      else this.#append(part);
    }
    return [this.#pack, offset, this.#size - offset];
  }

  /** Ends the last pack's object and closes its file. */
  close(): void {
    if (this.#fd === null) return;
    this.#appendText('}');
    this.#flush();
    closeSync(this.#fd);
    this.#fd = null;
  }

  #begin(): void {
    this.close();
    this.#pack += 1;
    this.#fd = openSync(join(this.#dir, threadPackName(this.#pack)), 'w');
    this.#size = 0;
  }

  #append(bytes: Uint8Array): void {
    if (bytes.length > this.#gathered.length - this.#used) this.#flush();
    if (bytes.length > this.#gathered.length) writeAll(this.#fd!, bytes);
    else {
      this.#gathered.set(bytes, this.#used);
      this.#used += bytes.length;
    }
    this.#size += bytes.length;
  }

  /** Text is encoded straight into the gathered bytes: a `Buffer` of it per part cost more. */
  #appendText(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (text.length * 3 > this.#gathered.length) return this.#append(Buffer.from(text));
    if (text.length * 3 > this.#gathered.length - this.#used) this.#flush();
    const bytes = this.#gathered.write(text, this.#used);
    this.#used += bytes;
    this.#size += bytes;
  }

  #flush(): void {
    if (this.#used === 0) return;
    writeAll(this.#fd!, this.#gathered.subarray(0, this.#used));
    this.#used = 0;
  }
}
