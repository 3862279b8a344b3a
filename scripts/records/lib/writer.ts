import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../../utils/cli-error.ts';
import { removeStaleFolders, staleFoldersLine } from '../../utils/stale-folders.ts';
import type {
  ArchiveManifest,
  ForumRecord,
  RecordRange,
  ThreadRecord,
  ThreadSummary,
} from '../types.ts';
import { writeJsonArray } from './json-array.ts';
import { ThreadPacks } from './thread-packs.ts';

const manifestFile = 'archive.json';
/**
 * Written before anything else and removed once the manifest is written: a folder holding it is
 * records whose writing was cut short (a killed parse), which a new run may replace.
 */
const unfinishedMarker = '.unfinished';
/** Every entry of a records folder (layout in `../types.ts`; lists in `import/`), manifest last. */
const recordEntries = [
  'threads',
  'forums',
  'forums.json',
  'authors',
  'authors.json',
  'tags',
  'tags.json',
  manifestFile,
];
/** Names `previousDir`: `.previous-<pid>`, so a killed run's can be told from a live one's. */
const previousPrefix = '.previous-';
const POSTS_KEY = '"posts":0';

/**
 * Writes a records directory (layout in `../types.ts`). Threads are written as they arrive, so an
 * import never holds more than one thread's posts in memory.
 */
export class RecordWriter {
  readonly dir: string;
  /** Where `prepare` sets an earlier run's records aside (`removePrevious` deletes them). */
  readonly previousDir: string;
  readonly #packs: ThreadPacks;

  constructor(dir: string) {
    this.dir = dir;
    this.previousDir = join(dir, `${previousPrefix}${process.pid}`);
    this.#packs = new ThreadPacks(join(dir, 'threads'));
  }

  /**
   * Makes the folder ready for new records; refuses a non-empty folder that holds no records.
   * An earlier run's records are moved into `previousDir`, not deleted: on ext4 without a journal
   * the kernel passes over inodes freed in the last one to six minutes, checking each, so files
   * created just after deleting thousands could take twice as long (M's parse 2.5 → 4.7–5.3 s in
   * most runs, a third of it in `recently_deleted`). Deleting them once the new records are
   * written (`removePrevious`) keeps a run from paying for its own deletion.
   */
  prepare(): void {
    if (!isRecordsFolder(this.dir)) {
      throw new CliError(
        `${this.dir} is not empty and holds no records from an earlier run.`,
        'Name an empty or new folder for the records; nothing in this one was touched.',
      );
    }
    mkdirSync(this.dir, { recursive: true });
    const line = staleFoldersLine(this.dir, removeStaleFolders(this.dir, previousPid));
    if (line) process.stderr.write(`${line}\n`);
    writeFileSync(join(this.dir, unfinishedMarker), '');
    const earlier = recordEntries.filter((entry) => existsSync(join(this.dir, entry)));
    if (earlier.length > 0) mkdirSync(this.previousDir, { recursive: true });
    for (const entry of earlier) renameSync(join(this.dir, entry), join(this.previousDir, entry));
    mkdirSync(join(this.dir, 'threads'), { recursive: true });
    mkdirSync(join(this.dir, 'forums'), { recursive: true });
  }

  /** Deletes the earlier run's records that `prepare` set aside, if any. */
  removePrevious(): void {
    rmSync(this.previousDir, { recursive: true, force: true });
  }

  /**
   * Writes a thread's record into its pack (`ThreadPacks`) and says where. `postsJson`, when
   * given, is `JSON.stringify(thread.posts)` as UTF-8, serialized on a worker thread: it stands in
   * for `thread.posts`, and the pack holds the same bytes as if the posts had been serialized here.
   */
  writeThread(thread: ThreadRecord, postsJson?: Uint8Array): RecordRange {
    if (postsJson === undefined) return this.#packs.add(thread.id, [JSON.stringify(thread)]);
    // The record with `posts` as 0, split there: the only place `"posts":0` can be is that key,
    // as a string value's quotes are escaped. Fields after `posts` (`tags`, `sourcePath`) keep
    // their place, as in `JSON.stringify(thread)`.
    const json = JSON.stringify({ ...thread, posts: 0 });
    const at = json.indexOf(POSTS_KEY) + POSTS_KEY.length - 1;
    return this.#packs.add(thread.id, [json.slice(0, at), postsJson, json.slice(at + 1)]);
  }

  /** Closes the thread packs; on an import that failed, before the error goes on. */
  closePacks(): void {
    this.#packs.close();
  }

  /** Writes the list files and, last, the manifest: its presence marks a complete directory. */
  finish(
    manifest: ArchiveManifest,
    forums: ForumRecord[],
    threadsOf: (id: string) => ThreadSummary[],
  ): void {
    this.#packs.close();
    for (const forum of forums) {
      writeJsonArray(join(this.dir, 'forums', `${forum.id}.json`), threadsOf(forum.id));
    }
    writeFileSync(join(this.dir, 'forums.json'), JSON.stringify(forums, null, 1));
    writeFileSync(join(this.dir, manifestFile), JSON.stringify(manifest, null, 1));
    rmSync(join(this.dir, unfinishedMarker), { force: true });
  }
}

/** The pid in the name of a folder of records set aside by `prepare`. */
function previousPid(name: string): number | undefined {
  return name.startsWith(previousPrefix) ? Number(name.slice(previousPrefix.length)) : undefined;
}

/** Missing, empty but for a README, or holding a manifest or an unfinished run's marker. */
function isRecordsFolder(dir: string): boolean {
  if (!existsSync(dir)) return true;
  const names = readdirSync(dir);
  return (
    names.every((name) => name === 'README.md') ||
    names.includes(manifestFile) ||
    names.includes(unfinishedMarker)
  );
}
