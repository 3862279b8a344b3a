import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { FileDigest, ImportOutcome, Importer } from '../importer.ts';
import type { BatchInput } from './batch.ts';
import type { FileScan } from './lines.ts';
import { unpackBatch } from './pack.ts';
import { batchRunner, defaultWorkers, type RunnerResult } from './runner.ts';
import { indexPosts } from './scan-posts.ts';
import { indexRowsBy } from './spans.ts';
import { threadBatches } from './tasks.ts';
import { readUserNames } from './users.ts';

const POSTS = 'Posts.xml';
const USERS = 'Users.xml';
const COMMENTS = 'Comments.xml';

/**
 * A Stack Exchange data dump (one site's 7z, extracted): `Posts.xml`, plus `Users.xml` and
 * `Comments.xml` when present. The forum is the site, named after the dump folder (e.g.
 * `cooking.stackexchange.com`, as the archive.org files are named).
 */
export const stackExchangeDump: Importer = stackExchangeImporter();

/**
 * The Stack Exchange importer, mapping threads on `workers` worker threads (0: on the calling
 * thread; by default the run's `workers`, else one per core it may use for all but small dumps).
 * The records do not depend on it.
 */
export function stackExchangeImporter(workers?: number): Importer {
  return {
    name: 'stackexchange',
    detect: (dumpDir) => existsSync(join(dumpDir, POSTS)),
    run(dumpDir, emit, progress, options = {}): ImportOutcome {
      const path = (file: string) => join(dumpDir, file);
      const digests: FileDigest[] = [];
      const record = (source: string, scan: FileScan) =>
        digests.push({ source, sha256: scan.sha256 });
      if (!existsSync(path(POSTS))) {
        return {
          files: 0,
          rejected: [
            { file: POSTS, line: null, reason: 'unreadable', message: 'Posts.xml is missing' },
          ],
          ignored: [],
          digests,
        };
      }
      const users = existsSync(path(USERS)) ? readUserNames(path(USERS)) : undefined;
      if (users) record(USERS, users.scan);
      const comments = existsSync(path(COMMENTS))
        ? indexRowsBy(path(COMMENTS), 'PostId')
        : undefined;
      if (comments) record(COMMENTS, comments.scan);
      const posts = indexPosts(path(POSTS));
      record(POSTS, posts.scan);
      const skipped = posts.skipped;
      const skip = (reason: string) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
      if (users && users.invalidRows > 0) skipped['invalid-user'] = users.invalidRows;

      const input: BatchInput = {
        postsPath: path(POSTS),
        commentsPath: comments ? path(COMMENTS) : undefined,
        forum: basename(resolve(dumpDir)),
        sha256: posts.scan.sha256,
        users: users?.names,
      };
      const total = posts.threads.size;
      let done = 0;
      const onResult = (result: RunnerResult) => {
        result.skipped.forEach(skip);
        if ('posts' in result) {
          for (const [draft, postsJson] of unpackBatch(result)) emit(draft, postsJson);
        } else {
          for (const draft of result.drafts) emit(draft);
        }
        progress((done += result.threads), total);
      };
      progress(done, total);
      const runner = batchRunner(
        input,
        workers ?? options.workers ?? defaultWorkers(total, options.jobs),
      );
      try {
        for (const tasks of threadBatches(posts.threads, comments?.spans)) {
          runner.submit(tasks, onResult);
        }
        runner.finish(onResult);
      } finally {
        runner.close();
      }
      const read = new Set([POSTS, USERS, COMMENTS]);
      return {
        files: digests.length,
        rejected: [],
        ignored: readdirSync(dumpDir).filter((name) => !read.has(name)),
        digests,
        skipped,
      };
    },
  };
}
