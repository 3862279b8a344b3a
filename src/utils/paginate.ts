/** Page arithmetic shared by the forum and thread routes and the links that point into them. */

/** Threads listed on one forum page. */
export const THREADS_PER_PAGE = 50;
/** Posts shown on one thread page: post N is on page ceil(N / 50). */
export const POSTS_PER_PAGE = 50;

/** Number of pages for `total` items; an empty list still has one (empty) page. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The items shown on 1-based `page`. */
export function pageSlice<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** The 1-based thread page that shows post number `n`. */
export function pageOfPost(n: number): number {
  return Math.max(1, Math.ceil(n / POSTS_PER_PAGE));
}

/** The `[...page]` route param: page 1 lives at the bare URL, so it has no param. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

/**
 * Page numbers to offer in a pagination nav: the first, the last, and `radius` either side of
 * `current`; `null` marks a gap. Keeps the nav short for forums with thousands of threads.
 */
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let page = 1; page <= total; page++) {
    const near = Math.abs(page - current) <= radius;
    if (page === 1 || page === total || near) pages.push(page);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}
