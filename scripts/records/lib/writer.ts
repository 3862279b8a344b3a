import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../../utils/cli-error.ts';
import type { ArchiveManifest, ForumRecord, ThreadRecord, ThreadSummary } from '../types.ts';

const manifestFile = 'archive.json';

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

  writeThread(thread: ThreadRecord): void {
    writeFileSync(join(this.dir, 'threads', `${thread.id}.json`), JSON.stringify(thread));
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
