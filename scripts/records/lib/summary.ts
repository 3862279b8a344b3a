import type { RecordRange, ThreadRecord, ThreadSummary } from '../types.ts';

/** A thread's entry in the forum and tag lists: counts and the range of its posts' dates. */
export function summarizeThread(thread: ThreadRecord, at: RecordRange): ThreadSummary {
  let first = '';
  let last = '';
  for (const { date } of thread.posts) {
    if (!first || date < first) first = date;
    if (date > last) last = date;
  }
  return {
    id: thread.id,
    slug: thread.slug,
    title: thread.title,
    postCount: thread.posts.length,
    firstPostAt: first,
    lastPostAt: last,
    at,
  };
}
