/**
 * The date archive's index, derived from `forums.json` and the forums' thread summaries only:
 * thread files are never read for lists, so it stays cheap at 50k threads. Pure.
 */
import type { ForumRecord, ThreadSummary } from '../../scripts/records/types.ts';

/** A thread as the date archive lists it: its summary and the forum it belongs to. */
export interface DatedThread {
  thread: ThreadSummary;
  forum: ForumRecord;
}

/** One calendar month of the archive. */
export interface ArchiveMonth {
  year: number;
  /** 1–12. */
  month: number;
  /** Posts written that month (all threads), from the forums' `postsPerMonth`. */
  posts: number;
  /** Threads whose first post was written that month, oldest first. */
  threads: DatedThread[];
}

/** One year of the archive: all twelve months, including empty ones (the bars need them). */
export interface ArchiveYear {
  year: number;
  posts: number;
  threads: number;
  months: ArchiveMonth[];
}

/** `YYYY-MM` of a record date. */
function monthKey(date: string): string {
  return date.slice(0, 7);
}

/**
 * Years from the first to the last with activity (gaps kept as empty years), each with twelve
 * months. `summariesOf` gives a forum's thread summaries.
 */
export function archiveYears(
  forums: readonly ForumRecord[],
  summariesOf: (forumId: string) => readonly ThreadSummary[],
): ArchiveYear[] {
  const posts = new Map<string, number>();
  const threads = new Map<string, DatedThread[]>();
  for (const forum of forums) {
    for (const [month, count] of Object.entries(forum.postsPerMonth ?? {})) {
      posts.set(month, (posts.get(month) ?? 0) + count);
    }
    for (const thread of summariesOf(forum.id)) {
      const key = monthKey(thread.firstPostAt);
      const list = threads.get(key) ?? [];
      list.push({ thread, forum });
      threads.set(key, list);
    }
  }
  const keys = [...posts.keys(), ...threads.keys()].sort();
  if (keys.length === 0) return [];
  const first = Number(keys[0]!.slice(0, 4));
  const last = Number(keys.at(-1)!.slice(0, 4));
  const years: ArchiveYear[] = [];
  for (let year = first; year <= last; year++) {
    const months = Array.from({ length: 12 }, (_, index): ArchiveMonth => {
      const key = `${year}-${String(index + 1).padStart(2, '0')}`;
      const list = (threads.get(key) ?? []).sort(
        (a, b) =>
          compare(a.thread.firstPostAt, b.thread.firstPostAt) || compare(a.thread.id, b.thread.id),
      );
      return { year, month: index + 1, posts: posts.get(key) ?? 0, threads: list };
    });
    years.push({
      year,
      months,
      posts: months.reduce((sum, m) => sum + m.posts, 0),
      threads: months.reduce((sum, m) => sum + m.threads.length, 0),
    });
  }
  return years;
}

/** A forum's posts per year, from its `postsPerMonth`, oldest first, gaps kept. */
export function postsPerYear(forum: ForumRecord): { year: number; posts: number }[] {
  const totals = new Map<number, number>();
  for (const [month, count] of Object.entries(forum.postsPerMonth ?? {})) {
    const year = Number(month.slice(0, 4));
    totals.set(year, (totals.get(year) ?? 0) + count);
  }
  if (totals.size === 0) return [];
  const years = [...totals.keys()].sort((a, b) => a - b);
  const result = [];
  for (let year = years[0]!; year <= years.at(-1)!; year++) {
    result.push({ year, posts: totals.get(year) ?? 0 });
  }
  return result;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `4` → `April`. */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new Error(`Invalid month ${month}: expected 1 to 12`);
  return name;
}

/** One bar of a `BarStrip`. */
export interface ArchiveBar {
  label: string;
  title: string;
  value: number;
  href?: string | undefined;
}

/** Posts per year as bars, each linking to its year's archive page via `href`. */
export function yearBars(
  years: readonly ArchiveYear[],
  href: (year: number) => string,
): ArchiveBar[] {
  return years.map((year) => ({
    label: String(year.year),
    title: String(year.year),
    value: year.posts,
    href: href(year.year),
  }));
}

/** A year's posts per month as bars; `href` may leave a month unlinked (no new threads). */
export function monthBars(
  year: ArchiveYear,
  href: (month: ArchiveMonth) => string | undefined,
): ArchiveBar[] {
  return year.months.map((month) => ({
    label: monthName(month.month).slice(0, 3),
    title: `${monthName(month.month)} ${year.year}`,
    value: month.posts,
    href: href(month),
  }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
