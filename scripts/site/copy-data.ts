import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Why `link` may refuse where a copy still works: another file system, or one without links. */
const LINK_REFUSED = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

/**
 * Publishes the records as `<outDir>/data/`, so the archive is also a dataset:
 * `forums.json`, `archive.json`, `forums/<forumId>.json` and the thread packs,
 * `threads/<pack>.json` (each summary's `at` names its thread's pack and byte range there, so one
 * thread is one range request away). Returns the number of pack files published.
 *
 * Packs are hard links to the records where both share a file system, else copies (every byte
 * written again). The records are never rewritten in place (a new parse replaces the whole
 * folder), so the site's files keep the content they were built with.
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
  const published = join(data, 'threads');
  mkdirSync(published, { recursive: true });
  let copied = 0;
  let linking = true;
  for (const name of readdirSync(threads)) {
    if (!name.endsWith('.json')) continue;
    linking = linking && tryLink(join(threads, name), join(published, name), link);
    if (!linking) copyFileSync(join(threads, name), join(published, name));
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
