/**
 * The dates that sort search results newest or oldest first, in a file of each search bundle
 * that only a date-sorted search loads. Pagefind's own sort list sits in the metadata that every
 * first search loads, and costs ~2 bytes a page however the pages are ordered (gzip does not
 * compress a list of rising numbers): 117 KB of the 851 KB of a first search at 50k threads.
 *
 * The bundle writer names each page's fragment `<fragments>/<a>/<b>` (`entryName` in
 * `search-packs.ts`), and Pagefind gives that name back as the result's id, so a result's date
 * is found by its page number.
 */
import type { NaiveDateTime } from '../../scripts/records/types.ts';
import { entryNumber } from './search-packs.ts';

/** Each bundle's page dates, next to its `pagefind.js`. */
export const PAGE_DATES_FILE = 'forum-archive-dates.pf_dates';

/** One bundle's page dates: seconds (`dateSeconds`) by page number, `null` for an undated page. */
export interface PageDates {
  /** The bundle's fragment folder: the first part of its results' ids. */
  fragments: string;
  dates: (number | null)[];
}

/** The fragment folder and page number in a result id `<fragments>/<a>/<b>`, if it is one. */
export function pageOfResult(id: string): { fragments: string; page: number } | undefined {
  const match = /^([0-9a-z]+)\/([0-9a-z]+)\/([0-9a-z]+)$/.exec(id);
  const page = match ? entryNumber(match[2]!, match[3]!) : undefined;
  return page === undefined ? undefined : { fragments: match![1]!, page };
}

/**
 * A post date as a number that sorts like the date: its fields read as UTC (the dates carry no
 * time zone; only their order matters). `null` when it is not `YYYY-MM-DDTHH:MM[:SS]`.
 */
export function dateSeconds(date: NaiveDateTime | undefined): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(date ?? '');
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  return Date.UTC(year!, month! - 1, day!, hour!, minute!, second || 0) / 1000;
}

/**
 * The file's JSON: each date as the difference from the last dated page before it, since pages
 * are numbered nearly in date order and small differences compress well.
 */
export function encodePageDates(file: PageDates): string {
  let last = 0;
  const deltas = file.dates.map((date) => {
    if (date === null) return null;
    const delta = date - last;
    last = date;
    return delta;
  });
  return JSON.stringify({ fragments: file.fragments, dates: deltas });
}

/** Reads `encodePageDates`'s JSON back. */
export function decodePageDates(json: string): PageDates {
  const file = JSON.parse(json) as { fragments: string; dates: (number | null)[] };
  let last = 0;
  const dates = file.dates.map((delta) => (delta === null ? null : (last += delta)));
  return { fragments: file.fragments, dates };
}

/**
 * `results` newest (`desc`) or oldest (`asc`) first by their pages' dates, across bundles;
 * results without a known date last, each group keeping its order (relevance).
 */
export function sortByDate<T extends { id: string }>(
  results: readonly T[],
  files: readonly PageDates[],
  order: 'asc' | 'desc',
): T[] {
  const byFolder = new Map(files.map((file) => [file.fragments, file.dates]));
  const dateOf = (result: T) => {
    const page = pageOfResult(result.id);
    return page ? (byFolder.get(page.fragments)?.[page.page] ?? null) : null;
  };
  const sign = order === 'asc' ? 1 : -1;
  return results
    .map((result) => ({ result, date: dateOf(result) }))
    .sort((a, b) =>
      a.date === null || b.date === null
        ? Number(a.date === null) - Number(b.date === null)
        : sign * (a.date - b.date),
    )
    .map(({ result }) => result);
}
