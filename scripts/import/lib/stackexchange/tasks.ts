import { taskBytes, type ThreadTask } from './batch.ts';
import type { ThreadSpans } from './scan-posts.ts';

/** Bytes of rows per batch: big enough that handing a batch over costs little. */
const BATCH_BYTES = 256 * 1024;

/** A thread this large (rows and comments) gets a batch of its own. */
export const LARGE_THREAD_BYTES = 2 * 1024 * 1024;

/**
 * The threads of the posts index as tasks, grouped into batches of about `BATCH_BYTES`, in index
 * order; a thread of `LARGE_THREAD_BYTES` or more is a batch alone. Each task carries the byte ranges of its comments (looked up by the `Id`s of its posts),
 * so a batch can be mapped without the comments index. Consumes the posts index as it goes: on a
 * large site it is a good part of the import's memory, and no entry is needed twice.
 */
export function* threadBatches(
  threads: Map<number, ThreadSpans>,
  commentSpans: ReadonlyMap<number, readonly number[]> | undefined,
): Generator<ThreadTask[]> {
  let batch: ThreadTask[] = [];
  let bytes = 0;
  for (const [id, spans] of threads) {
    const comments: number[] = [];
    if (commentSpans) {
      for (const postId of [id, ...spans.answerIds]) {
        const found = commentSpans.get(postId);
        // A loop, not `push(...found)`: a post can have more comments than a call has arguments.
        for (const value of found ?? []) comments.push(value);
      }
    }
    const task = { posts: [...spans.question, ...spans.answers], comments };
    threads.delete(id);
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
