import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
  writevSync,
} from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../../utils/cli-error.ts';
import type { ArchiveManifest, ForumRecord, ThreadRecord, ThreadSummary } from '../types.ts';

const manifestFile = 'archive.json';
const closeBrace = Buffer.from('}');

/**
 * Writes a records directory (layout in `../types.ts`). Threads are written as they arrive, so an
 * import never holds more than one thread's posts in memory.
 */
export class RecordWriter {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Empties a previous records directory; refuses a non-empty folder that is not one. */
  prepare(): void {
    if (existsSync(this.dir) && readdirSync(this.dir).some((name) => name !== 'README.md')) {
      if (!existsSync(join(this.dir, manifestFile))) {
        throw new CliError(
          `${this.dir} is not empty and holds no records from an earlier run.`,
          'Name an empty or new folder for the records; nothing in this one was touched.',
        );
      }
      for (const entry of ['threads', 'forums', 'forums.json', manifestFile]) {
        rmSync(join(this.dir, entry), { recursive: true, force: true });
      }
    }
    mkdirSync(join(this.dir, 'threads'), { recursive: true });
    mkdirSync(join(this.dir, 'forums'), { recursive: true });
  }

  /**
   * Writes a thread's record. `postsJson`, when given, is `JSON.stringify(thread.posts)` as UTF-8,
   * serialized on a worker thread: it stands in for `thread.posts`, and the file holds the same
   * bytes as if the posts had been serialized here.
   */
  writeThread(thread: ThreadRecord, postsJson?: Uint8Array): void {
    const path = join(this.dir, 'threads', `${thread.id}.json`);
    if (postsJson === undefined) return writeFileSync(path, JSON.stringify(thread));
    // Fields after `posts` (`tags`, `sourcePath`) follow its bytes in their order, as in
    // `JSON.stringify(thread)`.
    const keys = Object.keys(thread);
    const after = keys.indexOf('posts') + 1;
    const pick = (names: string[]) =>
      JSON.stringify(
        Object.fromEntries(names.map((key) => [key, thread[key as keyof ThreadRecord]])),
      );
    const head = pick(keys.slice(0, after - 1)).slice(0, -1);
    const tail = pick(keys.slice(after)).slice(1);
    const start = Buffer.from(`${head}${head.length > 1 ? ',' : ''}"posts":`);
    const end = tail.length > 1 ? Buffer.from(`,${tail}`) : closeBrace;
    writeParts(path, [start, postsJson, end]);
  }

  /** Writes the list files and, last, the manifest: its presence marks a complete directory. */
  finish(
    manifest: ArchiveManifest,
    forums: ForumRecord[],
    threadsOf: (id: string) => ThreadSummary[],
  ): void {
    for (const forum of forums) {
      writeFileSync(
        join(this.dir, 'forums', `${forum.id}.json`),
        JSON.stringify(threadsOf(forum.id)),
      );
    }
    writeFileSync(join(this.dir, 'forums.json'), JSON.stringify(forums, null, 1));
    writeFileSync(join(this.dir, manifestFile), JSON.stringify(manifest, null, 1));
  }
}

/** Writes a file from parts without joining them first (posts can be megabytes). */
function writeParts(path: string, parts: Uint8Array[]): void {
  const fd = openSync(path, 'w');
  try {
    const total = parts.reduce((sum, part) => sum + part.length, 0);
    const written = writevSync(fd, parts);
    // A regular file takes all at once; should it not, the rest goes out as one more write.
    if (written < total) {
      const rest = Buffer.concat(parts).subarray(written);
      for (let at = 0; at < rest.length;) at += writeSync(fd, rest, at);
    }
  } finally {
    closeSync(fd);
  }
}
