/**
 * Reads the JSON records the pages render: the only module of the site that touches the file
 * system. Reads are synchronous and cached in small caches, because an archive may hold 50k
 * thread files: pages read what they show, never the whole archive at once.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readThreadRecord } from '../../scripts/records/index.ts';
import type {
  ArchiveManifest,
  ForumRecord,
  RecordRange,
  ThreadRecord,
  ThreadSummary,
} from '../../scripts/records/types.ts';

/** The variable naming the records folder, set by the CLI's site build (an absolute path). */
export const RECORDS_ENV = 'FORUM_ARCHIVE_RECORDS';
/** The variable saying whether the records are published as `data/` (`'0'` with `--no-data`). */
export const DATA_ENV = 'FORUM_ARCHIVE_DATA';

/**
 * The records folder: `FORUM_ARCHIVE_RECORDS`, else `content/records/` under the working
 * directory, where `forum-archive parse` writes by default (`astro` runs from the project root).
 * Not derived from `import.meta.url`: Astro bundles this module into its build output, so that URL
 * would point into the build folder.
 */
export function recordsDir(): string {
  return resolve(process.env[RECORDS_ENV] || join(process.cwd(), 'content', 'records'));
}

/** Whether the CLI copies the records into the site as `data/` after the pages are built. */
export function publishesData(): boolean {
  return process.env[DATA_ENV] !== '0';
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read records file ${file}: ${(error as Error).message}. ` +
        `Hint: set ${RECORDS_ENV} to a folder written by \`forum-archive parse\`.`,
      { cause: error },
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`Invalid JSON in records file ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function readArray<T>(file: string): T[] {
  const value = readJson(file);
  if (!Array.isArray(value)) throw new Error(`Records file ${file} should hold a JSON array`);
  return value as T[];
}

function readObject<T>(file: string): T {
  const value = readJson(file);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`Records file ${file} should hold a JSON object`);
  }
  return value as T;
}

/** Refuses record ids that would name a file outside the records' folders. */
function checkId(folder: string, id: string): string {
  if (!/^[\w.-]+$/.test(id) || id.startsWith('.')) {
    throw new Error(`Invalid record id "${id}" for ${folder}/: expected letters, digits, "-", "_"`);
  }
  return id;
}

/** `<records>/<folder>/<id>.json`, refusing ids that would leave the folder. */
function recordFile(folder: string, id: string): string {
  return join(recordsDir(), folder, `${checkId(folder, id)}.json`);
}

/** Memoizes `load` by key, forgetting the least recently used entry beyond `size` entries. */
function lru<V>(size: number, load: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const value = load(key);
    cache.set(key, value);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return value;
  };
}

// Keyed by absolute path, so a changed FORUM_ARCHIVE_RECORDS never serves stale records.
const manifests = lru(2, (file) => readObject<ArchiveManifest>(file));
const forumLists = lru(2, (file) => readArray<ForumRecord>(file));
const forumMaps = lru(2, (file) => new Map(forumLists(file).map((forum) => [forum.id, forum])));
// A forum's summaries are read by its pages and by the path listings of the thread, forum and
// archive routes, each walking every forum: a cache smaller than the forum count read them all
// again per listing (M, 20 forums: ~0.3 s of each build part). The thread routes' paths keep
// every summary alive anyway (as previous/next props), so holding them costs no memory.
const summaries = lru(4096, (file) => readArray<ThreadSummary>(file));
// Consecutive pages of one thread reuse its record; a few more cover parallel rendering.
const threads = lru(4, (key) => {
  const { dir, id, at } = JSON.parse(key) as { dir: string; id: string; at: RecordRange };
  try {
    return readThreadRecord(dir, { id, at });
  } catch (error) {
    throw new Error(
      `Cannot read thread "${id}": ${(error as Error).message} ` +
        'Hint: parse the dump again; the forum lists and the thread packs must come from one run.',
      { cause: error },
    );
  }
});

/** `archive.json`: the archive's title and totals. */
export function getArchive(): ArchiveManifest {
  return manifests(join(recordsDir(), 'archive.json'));
}

/** `forums.json`: every forum, sorted by name. */
export function getForums(): ForumRecord[] {
  return forumLists(join(recordsDir(), 'forums.json'));
}

/** The forum with id `forumId`; throws when `forums.json` has none. */
export function getForum(forumId: string): ForumRecord {
  const file = join(recordsDir(), 'forums.json');
  const forum = forumMaps(file).get(forumId);
  if (!forum) throw new Error(`Forum "${forumId}" is not in ${file}`);
  return forum;
}

/** `forums/<forumId>.json`: the forum's threads, newest activity first. */
export function getForumThreads(forumId: string): ThreadSummary[] {
  return summaries(recordFile('forums', forumId));
}

/** One thread with all its posts, from its pack (`threads/<pack>.json`) where `at` says. */
export function getThread({ id, at }: Pick<ThreadSummary, 'id' | 'at'>): ThreadRecord {
  return threads(JSON.stringify({ dir: recordsDir(), id: checkId('threads', id), at }));
}
