import type {
  NaiveDateTime,
  PostRecord,
  RecordRange,
  ThreadRecord,
  ThreadSummary,
} from '../types.ts';

/** What the lists need of a thread's posts: how many, their first and last dates, their months. */
export interface PostTally {
  count: number;
  /** Earliest and latest post date; '' when the thread has no posts. */
  firstPostAt: NaiveDateTime;
  lastPostAt: NaiveDateTime;
  /**
   * The calendar months (`YYYY-MM`) of the posts, in the order their first post came, and how
   * many posts each has. Two arrays, not an object keyed by month (a shape per sequence of
   * months, slow to make, send between threads and walk) nor a `Map` (slow to send).
   */
  months: string[];
  monthPosts: number[];
}

/** Tallies `posts` (their dates only, in any order). */
export function tallyPosts(posts: readonly Pick<PostRecord, 'date'>[]): PostTally {
  let first = '';
  let last = '';
  const months: string[] = [];
  const monthPosts: number[] = [];
  for (const { date } of posts) {
    if (!first || date < first) first = date;
    if (date > last) last = date;
    // Posts mostly come in date order: the month is the last one seen, else looked up.
    const month = date.slice(0, 7);
    let at = months.length - 1;
    if (months[at] !== month) at = months.lastIndexOf(month);
    if (at < 0) at = months.push(month) - 1;
    monthPosts[at] = (monthPosts[at] ?? 0) + 1;
  }
  return { count: posts.length, firstPostAt: first, lastPostAt: last, months, monthPosts };
}

/** A thread's entry in the forum and tag lists: counts and the range of its posts' dates. */
export function summarizeThread(
  thread: ThreadRecord,
  tally: PostTally,
  at: RecordRange,
): ThreadSummary {
  return {
    id: thread.id,
    slug: thread.slug,
    title: thread.title,
    postCount: tally.count,
    firstPostAt: tally.firstPostAt,
    lastPostAt: tally.lastPostAt,
    at,
  };
}
