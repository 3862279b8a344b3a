import type { ThreadDraft } from '../../../records/index.ts';
import type { PostRecord } from '../../../records/types.ts';
import type { BatchResult } from './batch.ts';

/**
 * A batch's result as a worker hands it back: each thread's posts as `JSON.stringify(draft.posts)`
 * (`posts`, in draft order), and drafts whose posts keep only what the calling thread still reads
 * (`n`, `date`, `author`, `authorId`: the forum and author lists). Copying a string between
 * threads costs a fraction of cloning the post objects, and the calling thread, which also writes
 * every record, no longer serializes them (see `EmitThread`).
 */
export interface PackedBatch extends BatchResult {
  posts: string[];
}

/** Serializes the posts of a mapped batch (on the worker that mapped it). */
export function packBatch(result: BatchResult): PackedBatch {
  const posts = result.drafts.map((draft) => JSON.stringify(draft.posts));
  const drafts = result.drafts.map((draft) => ({ ...draft, posts: draft.posts.map(listed) }));
  return { threads: result.threads, skipped: result.skipped, drafts, posts };
}

/** What the calling thread reads of a post whose JSON travels as text. */
function listed(post: PostRecord): PostRecord {
  const kept: PostRecord = { n: post.n, date: post.date, author: post.author, body: '' };
  if (post.authorId !== undefined) kept.authorId = post.authorId;
  return kept;
}

const encoder = new TextEncoder();
/** Reused for every thread: each is written out before the next is encoded. */
let buffer = new Uint8Array(1 << 20);

/**
 * The drafts of a packed batch, each with its posts' JSON as UTF-8, valid until the next one is
 * taken. One reused buffer, not bytes per batch from the worker: the calling thread allocates
 * little, and buffers outside its heap outlived their batch (1 GB dump: peak RSS 971–1,011 MB
 * with a buffer per batch, 949–973 MB this way, for 2–3 CPU s more of encoding here).
 */
export function* unpackBatch(packed: PackedBatch): Generator<[ThreadDraft, Uint8Array]> {
  for (let i = 0; i < packed.drafts.length; i++) {
    const json = packed.posts[i]!;
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (buffer.length < json.length * 3) buffer = new Uint8Array(json.length * 3);
    const { written } = encoder.encodeInto(json, buffer);
    yield [packed.drafts[i]!, buffer.subarray(0, written)];
  }
  // A buffer grown for a huge thread is not kept for the rest of the import.
  if (buffer.length > 16 << 20) buffer = new Uint8Array(1 << 20);
}
