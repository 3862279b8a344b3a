import type { ThreadDraft } from '../../../records/index.ts';
import { spanReader } from './lines.ts';
import { mapThread } from './map-thread.ts';
import { parseRowsLenient, type Row } from './rows.ts';
import type { UserTable } from './user-table.ts';

/** Where one thread's rows are: enough to map it without any index of the whole dump. */
export interface ThreadTask {
  /** `[offset, length, …]` in `Posts.xml`: the question first, then its answers. */
  posts: number[];
  /** `[offset, length, …]` in `Comments.xml` of the comments on any of those posts. */
  comments: number[];
}

/** Bytes of rows a task reads. */
export function taskBytes(task: ThreadTask): number {
  let bytes = 0;
  for (let i = 1; i < task.posts.length; i += 2) bytes += task.posts[i]!;
  for (let i = 1; i < task.comments.length; i += 2) bytes += task.comments[i]!;
  return bytes;
}

/** The files and lookups every batch of an import shares (sent once to each worker). */
export interface BatchInput {
  postsPath: string;
  commentsPath: string | undefined;
  forum: string;
  /** sha256 of `Posts.xml`. */
  sha256: string;
  /** `Users.xml`'s `Id` → `DisplayName`, in shared memory (one copy for every worker). */
  users: UserTable | undefined;
}

/** What the mapping of a batch of threads needs besides the tasks; the same for every batch. */
export interface BatchContext {
  postsFd: number;
  commentsFd: number | undefined;
  /** The forum name: the site. */
  forum: string;
  /** sha256 of `Posts.xml`. */
  sha256: string;
  userName: (userId: string) => string | undefined;
}

/** Drafts in task order, plus every row passed over (one reason per row, in the order met). */
export interface BatchResult {
  /** Threads the batch held, mapped or not. */
  threads: number;
  drafts: ThreadDraft[];
  skipped: string[];
}

/**
 * Reads and maps a batch of threads. Self-contained (reads by offset, keeps nothing), so batches
 * can run in any thread of the process and their results be emitted in submission order.
 */
export function mapThreadBatch(tasks: readonly ThreadTask[], context: BatchContext): BatchResult {
  const drafts: ThreadDraft[] = [];
  const skipped: string[] = [];
  const skip = (reason: string) => void skipped.push(reason);
  const readPosts = spanReader(
    context.postsFd,
    tasks.map((task) => task.posts),
  );
  const readComments =
    context.commentsFd === undefined
      ? undefined
      : spanReader(
          context.commentsFd,
          tasks.map((task) => task.comments),
        );
  for (const task of tasks) {
    const [question, ...answers] = parseRowsLenient(readPosts(task.posts), () =>
      skip('invalid-row'),
    );
    if (question?.['PostTypeId'] !== '1') {
      skip('invalid-question');
      continue;
    }
    const comments = readComments
      ? commentsByPost(readComments(task.comments), skip)
      : new Map<number, Row[]>();
    const mapped = mapThread({
      forum: context.forum,
      sha256: context.sha256,
      question,
      answers,
      commentsOf: (postId) => comments.get(Number(postId)) ?? [],
      userName: context.userName,
    });
    mapped.skipped.forEach(skip);
    if (mapped.draft) drafts.push(mapped.draft);
  }
  return { threads: tasks.length, drafts, skipped };
}

/** One parse for all comments of a thread (many tiny parses cost more than the rows). */
function commentsByPost(
  lines: readonly string[],
  skip: (reason: string) => void,
): Map<number, Row[]> {
  const byPost = new Map<number, Row[]>();
  const rows = parseRowsLenient(lines, () => skip('invalid-comment'));
  for (const row of rows) {
    const postId = Number(row['PostId']);
    const group = byPost.get(postId);
    if (group) group.push(row);
    else byPost.set(postId, [row]);
  }
  return byPost;
}
