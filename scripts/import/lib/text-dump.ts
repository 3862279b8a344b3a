import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseThreadFile } from '../../parse/index.ts';
import { sha256, threadIdOf } from '../../records/index.ts';
import type { RejectedFile } from '../../records/types.ts';
import { walkDump } from '../../read/walk.ts';
import type { FileDigest, ImportOutcome, Importer } from './importer.ts';

const isThreadFile = (name: string) => name.toLowerCase().endsWith('.txt');

/** The plain-text thread dump of `dump-format.md`: one thread per `.txt` file, any depth. */
export const textDump: Importer = {
  name: 'text',
  detect: () => true,
  run(dumpDir, emit, progress): ImportOutcome {
    const listing = walkDump(dumpDir, isThreadFile);
    const rejected: RejectedFile[] = listing.unreadable.map(({ source, message }) => ({
      file: source,
      line: null,
      reason: 'unreadable',
      message,
    }));
    const digests: FileDigest[] = [];
    listing.files.forEach((entry, index) => {
      progress(index, listing.files.length);
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(entry.path);
      } catch (error) {
        rejected.push({
          file: entry.source,
          line: null,
          reason: 'unreadable',
          message: (error as Error).message,
        });
        return;
      }
      const hash = sha256(bytes);
      digests.push({ source: entry.source, sha256: hash });
      const result = parseThreadFile(bytes);
      if (!result.ok) {
        rejected.push({ file: entry.source, ...result.issue });
        return;
      }
      const { forum, title, posts } = result.thread;
      emit({
        id: threadIdOf(basename(entry.source), hash),
        forum,
        title,
        source: entry.source,
        sha256: hash,
        posts: posts.map((post, i) => ({
          n: i + 1,
          date: post.date,
          author: null,
          body: post.body,
        })),
      });
    });
    progress(listing.files.length, listing.files.length);
    return {
      files: listing.files.length + listing.unreadable.length,
      rejected,
      ignored: listing.ignored,
      digests,
    };
  },
};
