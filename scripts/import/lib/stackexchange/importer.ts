import { closeSync, existsSync, openSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { FileDigest, ImportOutcome, Importer } from '../importer.ts';
import { readSpans, type FileScan } from './lines.ts';
import { mapThread } from './map-thread.ts';
import { parseRowsLenient, type Row } from './rows.ts';
import { indexPosts } from './scan-posts.ts';
import { indexRowsBy } from './spans.ts';
import { readUserNames } from './users.ts';

const POSTS = 'Posts.xml';
const USERS = 'Users.xml';
const COMMENTS = 'Comments.xml';

/**
 * A Stack Exchange data dump (one site's 7z, extracted): `Posts.xml`, plus `Users.xml` and
 * `Comments.xml` when present. The forum is the site, named after the dump folder (e.g.
 * `cooking.stackexchange.com`, as the archive.org files are named).
 */
export const stackExchangeDump: Importer = {
  name: 'stackexchange',
  detect: (dumpDir) => existsSync(join(dumpDir, POSTS)),
  run(dumpDir, emit, progress): ImportOutcome {
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
    const comments = existsSync(path(COMMENTS)) ? indexRowsBy(path(COMMENTS), 'PostId') : undefined;
    if (comments) record(COMMENTS, comments.scan);
    const posts = indexPosts(path(POSTS));
    record(POSTS, posts.scan);
    const skipped = posts.skipped;
    const skip = (reason: string) => (skipped[reason] = (skipped[reason] ?? 0) + 1);

    const forum = basename(resolve(dumpDir));
    const postsFd = openSync(path(POSTS), 'r');
    const commentsFd = comments ? openSync(path(COMMENTS), 'r') : undefined;
    const commentsOf = (postId: string): Row[] => {
      const spans = comments?.spans.get(Number(postId));
      if (!spans || commentsFd === undefined) return [];
      return parseRowsLenient(readSpans(commentsFd, spans), () => skip('invalid-comment'));
    };
    try {
      let done = 0;
      for (const spans of posts.threads.values()) {
        progress(done++, posts.threads.size);
        const rows = parseRowsLenient(
          readSpans(postsFd, [...spans.question, ...spans.answers]),
          () => skip('invalid-row'),
        );
        const [question, ...answers] = rows;
        if (question?.['PostTypeId'] !== '1') {
          skip('invalid-question');
          continue;
        }
        const mapped = mapThread({
          forum,
          sha256: posts.scan.sha256,
          question,
          answers,
          commentsOf,
          userName: (id) => users?.names.get(id),
        });
        mapped.skipped.forEach(skip);
        if (mapped.draft) emit(mapped.draft);
      }
      progress(done, posts.threads.size);
    } finally {
      closeSync(postsFd);
      if (commentsFd !== undefined) closeSync(commentsFd);
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
