import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Shard folder of a thread file in `data/threads/`: the first two characters of its id. Thread
 * ids start with hex digits, so 50k threads make 256 folders of ~200 files, far below the
 * 50,000 entries some hosts allow per folder.
 */
export function threadShard(id: string): string {
  return id.slice(0, 2).toLowerCase();
}

/** Why `link` may refuse where a copy still works: another file system, or one without links. */
const LINK_REFUSED = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

/**
 * Publishes the records as `<outDir>/data/`, so the archive is also a dataset:
 * `forums.json`, `archive.json`, `forums/<forumId>.json`, `threads/<xx>/<threadId>.json`
 * (`xx` from `threadShard`). Returns the number of thread files published.
 *
 * Thread files are hard links to the records where both share a file system, else copies: at 50k
 * threads copying took 27 s (every byte written again), linking 1 s. The records are never
 * rewritten in place (a new parse replaces the whole folder), so the site's files keep the
 * content they were built with.
 */
export function copyData(recordsDir: string, outDir: string, link = linkSync): number {
  const data = join(outDir, 'data');
  mkdirSync(data, { recursive: true });
  for (const file of ['forums.json', 'archive.json']) {
    copyFileSync(join(recordsDir, file), join(data, file));
  }
  cpSync(join(recordsDir, 'forums'), join(data, 'forums'), { recursive: true });
  const threads = join(recordsDir, 'threads');
  if (!existsSync(threads)) return 0;
  let copied = 0;
  let linking = true;
  const made = new Set<string>();
  for (const name of readdirSync(threads)) {
    if (!name.endsWith('.json')) continue;
    const shard = join(data, 'threads', threadShard(name));
    if (!made.has(shard)) {
      mkdirSync(shard, { recursive: true });
      made.add(shard);
    }
    linking = linking && tryLink(join(threads, name), join(shard, name), link);
    if (!linking) copyFileSync(join(threads, name), join(shard, name));
    copied += 1;
  }
  return copied;
}

/** Links `to` to `from`; false, and nothing done, when the file system refuses links. */
function tryLink(from: string, to: string, link: typeof linkSync): boolean {
  try {
    link(from, to);
    return true;
  } catch (error) {
    if (LINK_REFUSED.has((error as NodeJS.ErrnoException).code ?? '')) return false;
    throw error;
  }
}
