import type { ThreadDraft } from '../../../records/index.ts';
import type { PostRecord } from '../../../records/types.ts';
import type { BatchResult } from './batch.ts';

/**
 * A batch's result as a worker hands it back: each thread's posts as the UTF-8 bytes of
 * `JSON.stringify(draft.posts)`, back to back in `posts`, and drafts whose posts keep only what
 * the calling thread still reads (`n`, `date`, `author`, `authorId`: the forum and author lists).
 * Copying bytes between threads costs a fraction of cloning the post objects, and the calling
 * thread, which also writes every record, no longer serializes them (see `EmitThread`).
 */
export interface PackedBatch extends BatchResult {
  posts: Uint8Array;
  /** Length in `posts` of each draft's JSON, in draft order. */
  lengths: number[];
}

const encoder = new TextEncoder();
/** Kept from batch to batch; a buffer grown for a huge batch is dropped after it. */
let buffer = new Uint8Array(1 << 20);
const KEPT_BYTES = 16 << 20;

/** Serializes the posts of a mapped batch (on the worker that mapped it). */
export function packBatch(result: BatchResult): PackedBatch {
  const lengths: number[] = [];
  let length = 0;
  const drafts = result.drafts.map((draft) => {
    const json = JSON.stringify(draft.posts);
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (buffer.length - length < json.length * 3) {
      const grown = new Uint8Array(Math.max(buffer.length * 2, length + json.length * 3));
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    const written = encoder.encodeInto(json, buffer.subarray(length)).written;
    lengths.push(written);
    length += written;
    return { ...draft, posts: draft.posts.map(listed) };
  });
  const posts = buffer.slice(0, length);
  if (buffer.length > KEPT_BYTES) buffer = new Uint8Array(1 << 20);
  return { threads: result.threads, skipped: result.skipped, drafts, posts, lengths };
}

/** What the calling thread reads of a post whose JSON travels as bytes. */
function listed(post: PostRecord): PostRecord {
  const kept: PostRecord = { n: post.n, date: post.date, author: post.author, body: '' };
  if (post.authorId !== undefined) kept.authorId = post.authorId;
  return kept;
}

/** The drafts of a packed batch, each with its posts' JSON bytes (views into `posts`). */
export function* unpackBatch(packed: PackedBatch): Generator<[ThreadDraft, Uint8Array]> {
  let offset = 0;
  for (let i = 0; i < packed.drafts.length; i++) {
    const end = offset + packed.lengths[i]!;
    yield [packed.drafts[i]!, packed.posts.subarray(offset, end)];
    offset = end;
  }
}
