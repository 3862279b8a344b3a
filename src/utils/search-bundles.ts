/**
 * Which Pagefind bundles the search page loads. The CLI may index a large archive as several
 * bundles (`pagefind/`, `pagefind-1/`, …) and tells the Astro build through the environment
 * variable `FORUM_ARCHIVE_SEARCH_BUNDLES`: a JSON array of bundle folders relative to the base.
 */

/** The environment variable the CLI sets for the Astro build. */
export const SEARCH_BUNDLES_ENV = 'FORUM_ARCHIVE_SEARCH_BUNDLES';

/**
 * Set to `0` by the CLI when the bundles carry no page dates file (Pagefind's own indexer writes
 * none): the search page then sorts by date with Pagefind's lists and never asks for the file.
 */
export const PAGE_DATES_ENV = 'FORUM_ARCHIVE_PAGE_DATES';

/** Whether the bundles carry page dates, from the variable's text (unset: they do). */
export function hasPageDates(value: string | undefined): boolean {
  return value?.trim() !== '0';
}

/** One bundle, as when the variable is unset. */
export const DEFAULT_SEARCH_BUNDLES: readonly string[] = ['pagefind/'];

function invalid(value: string, why: string): Error {
  return new Error(
    `Invalid ${SEARCH_BUNDLES_ENV}=${value}: ${why}. ` +
      'Hint: a JSON array of folders relative to the base, e.g. ["pagefind/","pagefind-1/"].',
  );
}

/**
 * The bundle folders named by `value` (the variable's text), each ending in `/`; the first is
 * the primary bundle whose `pagefind.js` the page imports. Unset or empty text gives
 * `DEFAULT_SEARCH_BUNDLES`. Throws on anything but a non-empty array of relative folder paths.
 */
export function parseSearchBundles(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [...DEFAULT_SEARCH_BUNDLES];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw invalid(value, 'not JSON');
  }
  if (!Array.isArray(parsed) || parsed.length === 0) throw invalid(value, 'not a non-empty array');
  return parsed.map((entry: unknown) => {
    if (typeof entry !== 'string' || !/^[\w.-]+(\/[\w.-]+)*\/?$/.test(entry)) {
      throw invalid(value, `${JSON.stringify(entry)} is not a relative folder path`);
    }
    if (entry.split('/').some((part) => part === '..' || part === '.')) {
      throw invalid(value, `${JSON.stringify(entry)} leaves the site`);
    }
    return entry.endsWith('/') ? entry : `${entry}/`;
  });
}
