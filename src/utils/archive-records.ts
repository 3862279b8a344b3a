/** The date archive's index for the records being built, derived once per records folder. */
import { archiveYears, type ArchiveYear } from './archive.ts';
import { getForums, getForumThreads, recordsDir } from './records.ts';

let cached: { dir: string; years: ArchiveYear[] } | undefined;

/** Every year of the archive with its months and threads (see `archiveYears`). */
export function getArchiveYears(): ArchiveYear[] {
  const dir = recordsDir();
  if (cached?.dir !== dir) cached = { dir, years: archiveYears(getForums(), getForumThreads) };
  return cached.years;
}
