import type { ThreadTask } from './batch.ts';
import type { ThreadSpans } from './scan-posts.ts';

/** Bytes of `Posts.xml` rows per batch: big enough that handing a batch over costs little. */
const BATCH_BYTES = 256 * 1024;

/**
 * The threads of the posts index as tasks, grouped into batches of about `BATCH_BYTES`, in index
 * order. Each task carries the byte ranges of its comments (looked up by the `Id`s of its posts),
 * so a batch can be mapped without the comments index.
 */
export function* threadBatches(
  threads: ReadonlyMap<number, ThreadSpans>,
  commentSpans: ReadonlyMap<number, readonly number[]> | undefined,
): Generator<ThreadTask[]> {
  let batch: ThreadTask[] = [];
  let bytes = 0;
  for (const [id, spans] of threads) {
    const comments: number[] = [];
    if (commentSpans) {
      for (const postId of [id, ...spans.answerIds]) {
        const found = commentSpans.get(postId);
        if (found) comments.push(...found);
      }
    }
    const posts = [...spans.question, ...spans.answers];
    batch.push({ posts, comments });
    for (let i = 1; i < posts.length; i += 2) bytes += posts[i]!;
    if (bytes >= BATCH_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) yield batch;
}
