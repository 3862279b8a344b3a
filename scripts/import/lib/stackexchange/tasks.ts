import { taskBytes, type ThreadTask } from './batch.ts';
import type { RowGroups } from './row-groups.ts';
import type { ThreadIndex } from './scan-posts.ts';

/** Bytes of rows per batch: big enough that handing a batch over costs little. */
const BATCH_BYTES = 256 * 1024;

/** A thread this large (rows and comments) gets a batch of its own. */
export const LARGE_THREAD_BYTES = 2 * 1024 * 1024;

/**
 * The threads of the posts index as tasks, grouped into batches of about `BATCH_BYTES`, in index
 * order; a thread of `LARGE_THREAD_BYTES` or more is a batch alone. Each task carries the byte
 * ranges of its comments (looked up by the `Id`s of its posts), so a batch can be mapped without
 * the comments index.
 */
export function* threadBatches(
  threads: ThreadIndex,
  commentSpans: RowGroups | undefined,
): Generator<ThreadTask[]> {
  let batch: ThreadTask[] = [];
  let bytes = 0;
  for (const spans of threads) {
    const comments: number[] = [];
    if (commentSpans) {
      for (const postId of [spans.id, ...spans.answerIds]) {
        const group = commentSpans.find(postId);
        if (group === undefined) continue;
        commentSpans.forEachRow(group, (offset, length) => comments.push(offset, length));
      }
    }
    const task = { posts: [...spans.question, ...spans.answers], comments };
    const size = taskBytes(task);
    if (size >= LARGE_THREAD_BYTES && batch.length > 0) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(task);
    bytes += size;
    if (bytes >= BATCH_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) yield batch;
}
