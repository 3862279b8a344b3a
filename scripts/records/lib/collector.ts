import type {
  ForumRecord,
  PostRecord,
  RecordRange,
  ThreadRecord,
  ThreadSummary,
} from '../types.ts';
import { forumIdOf, forumSlugOf, threadSlugOf } from './ids.ts';
import { summarizeThread, tallyPosts, type PostTally } from './summary.ts';
import { UniqueKeys } from './unique.ts';

/** A thread as an importer hands it over: everything but the ids and slugs the archive assigns. */
export interface ThreadDraft {
  /** Preferred id (see `threadIdOf`); made unique here if two files claim the same one. */
  id: string;
  forum: string;
  title: string;
  source: string;
  sha256: string;
  posts: PostRecord[];
  /**
   * The posts' tally, when an importer has it and `posts` is left empty: posts serialized on a
   * worker travel as JSON bytes (`RecordWriter.writeThread`), and only this crosses as values.
   */
  tally?: PostTally;
  tags?: ThreadRecord['tags'];
  sourcePath?: string;
}

/** A thread as the archive keeps it: the record to write, and its entry in the lists. */
export interface CollectedThread {
  record: ThreadRecord;
  summary: ThreadSummary;
}

interface ForumTally {
  record: ForumRecord;
  threads: ThreadSummary[];
}

/**
 * Turns drafts into records and keeps the per-forum tallies the list pages need. Only summaries
 * stay in memory: posts go straight to the caller, which writes them out.
 */
export class ArchiveCollector {
  readonly #threadIds = new UniqueKeys();
  readonly #forumSlugs = new UniqueKeys();
  readonly #forums = new Map<string, ForumTally>();
  readonly #forumsById = new Map<string, ForumTally>();
  #posts = 0;

  /** Makes `draft` a record, has `store` write it, and keeps its summary with where it went. */
  add(draft: ThreadDraft, store: (record: ThreadRecord) => RecordRange): CollectedThread {
    const forum = this.#forumNamed(draft.forum);
    const id = this.#threadIds.claim(draft.id);
    const record: ThreadRecord = {
      id,
      forumId: forum.record.id,
      forum: draft.forum,
      title: draft.title,
      slug: threadSlugOf(id, draft.title),
      source: draft.source,
      sha256: draft.sha256,
      posts: draft.posts,
    };
    if (draft.tags) record.tags = draft.tags;
    if (draft.sourcePath !== undefined) record.sourcePath = draft.sourcePath;
    const postTally = draft.tally ?? tallyPosts(draft.posts);
    const summary = summarizeThread(record, postTally, store(record));
    forum.threads.push(summary);
    tally(forum.record, summary);
    countMonths(forum.record, postTally);
    this.#posts += summary.postCount;
    return { record, summary };
  }

  get postCount(): number {
    return this.#posts;
  }

  /** Forums sorted by name (code-point order, independent of locale). */
  forums(): ForumRecord[] {
    return [...this.#forums.values()]
      .map((f) => sortMonths(f.record))
      .sort((a, b) => compare(a.name, b.name));
  }

  /** A forum's threads, newest activity first; ties broken by id so builds are deterministic. */
  threadsOf(forumId: string): ThreadSummary[] {
    const forum = this.#forumsById.get(forumId);
    if (!forum) return [];
    return forum.threads.sort((a, b) => compare(b.lastPostAt, a.lastPostAt) || compare(a.id, b.id));
  }

  #forumNamed(name: string): ForumTally {
    let forum = this.#forums.get(name);
    if (!forum) {
      const id = forumIdOf(name);
      const slug = this.#forumSlugs.claim(forumSlugOf(name, id));
      const record = {
        id,
        slug,
        name,
        threadCount: 0,
        postCount: 0,
        firstPostAt: '',
        lastPostAt: '',
      };
      forum = { record, threads: [] };
      this.#forums.set(name, forum);
      this.#forumsById.set(id, forum);
    }
    return forum;
  }
}

function tally(forum: ForumRecord, thread: ThreadSummary): void {
  forum.threadCount += 1;
  forum.postCount += thread.postCount;
  if (!forum.firstPostAt || thread.firstPostAt < forum.firstPostAt) {
    forum.firstPostAt = thread.firstPostAt;
  }
  if (thread.lastPostAt > forum.lastPostAt) forum.lastPostAt = thread.lastPostAt;
}

// Months are added in post order; `forums()` callers get them sorted by `sortMonths`.
function countMonths(forum: ForumRecord, { months, monthPosts }: PostTally): void {
  const counts = (forum.postsPerMonth ??= {});
  months.forEach((month, i) => (counts[month] = (counts[month] ?? 0) + monthPosts[i]!));
}

function sortMonths(forum: ForumRecord): ForumRecord {
  if (!forum.postsPerMonth) return forum;
  const sorted = Object.keys(forum.postsPerMonth).sort(compare);
  forum.postsPerMonth = Object.fromEntries(sorted.map((m) => [m, forum.postsPerMonth![m]!]));
  return forum;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
