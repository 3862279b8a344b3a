import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { threadIdOf } from '../../records/index.ts';
import type { RejectedFile } from '../../records/types.ts';
import { walkDump, type DumpListing } from '../../read/walk.ts';
import type { FileDigest, ImportOutcome, Importer, RunOptions } from './importer.ts';
import {
  defaultWorkers,
  readThreadFiles,
  startFileReaders,
  type FileReaders,
} from './text/read-files.ts';

const isThreadFile = (name: string) => name.toLowerCase().endsWith('.txt');

/** The plain-text thread dump of `dump-format.md`: one thread per `.txt` file, any depth. */
export const textDump: Importer = {
  name: 'text',
  detect: () => true,
  run(dumpDir, emit, progress, options = {}): ImportOutcome {
    const listing = listDump(dumpDir, options);
    const rejected: RejectedFile[] = listing.unreadable.map(({ source, message }) => ({
      file: source,
      line: null,
      reason: 'unreadable',
      message,
    }));
    const digests: FileDigest[] = [];
    const entries = listing.files;
    // Workers read, parse and serialize; this thread claims ids in file order and writes.
    let index = 0;
    for (const file of readThreadFiles(entries, listing.readers)) {
      const source = entries[index]!.source;
      progress(index++, entries.length);
      if (file.kind === 'unreadable') {
        rejected.push({ file: source, line: null, reason: 'unreadable', message: file.message });
        continue;
      }
      digests.push({ source, sha256: file.sha256 });
      if (file.kind === 'rejected') {
        rejected.push({ file: source, ...file.issue });
        continue;
      }
      const { forum, title, sha256, posts, tally, postsJson } = file;
      const id = threadIdOf(basename(source), sha256);
      emit({ id, forum, title, source, sha256, posts, ...(tally && { tally }) }, postsJson);
    }
    progress(entries.length, entries.length);
    return {
      files: entries.length + listing.unreadable.length,
      rejected,
      ignored: listing.ignored,
      digests,
    };
  },
};

/**
 * Walks the dump, starting the file readers it needs as soon as it has files enough for them
 * (`defaultWorkers`), so that their ~0.2 s of starting up overlaps the walk instead of following it.
 */
function listDump(
  dumpDir: string,
  { workers, jobs }: RunOptions,
): DumpListing & { readers: FileReaders | null } {
  let readers = workers ? startFileReaders(workers) : null;
  const cores = jobs ?? availableParallelism();
  const startWhenLarge = (files: number) => {
    const wanted = defaultWorkers(files, cores);
    if (readers === null && wanted > 0) readers = startFileReaders(wanted);
  };
  try {
    const listing = walkDump(
      dumpDir,
      isThreadFile,
      workers === undefined ? startWhenLarge : undefined,
    );
    return { ...listing, readers };
  } catch (error) {
    readers?.close();
    throw error;
  }
}
