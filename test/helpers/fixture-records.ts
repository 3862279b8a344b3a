import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** The hand-written records the site's render tests read (test/fixtures/records). */
export const FIXTURE_RECORDS: string = join(import.meta.dirname, '../fixtures/records');

/** Points FORUM_ARCHIVE_RECORDS at the fixture records for this test file, restoring it after. */
export function useFixtureRecords(): void {
  useRecords(() => FIXTURE_RECORDS);
}

/**
 * Points FORUM_ARCHIVE_RECORDS at `dir()` for this test file (from its `beforeAll`, so a folder
 * an earlier `beforeAll` made can be named), restoring it after.
 */
export function useRecords(dir: () => string): void {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env['FORUM_ARCHIVE_RECORDS'];
    process.env['FORUM_ARCHIVE_RECORDS'] = dir();
  });
  afterAll(() => {
    if (saved === undefined) delete process.env['FORUM_ARCHIVE_RECORDS'];
    else process.env['FORUM_ARCHIVE_RECORDS'] = saved;
  });
}
