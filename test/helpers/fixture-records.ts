import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** The hand-written records the site's render tests read (test/fixtures/records). */
export const FIXTURE_RECORDS: string = join(import.meta.dirname, '../fixtures/records');

/** Points FORUM_ARCHIVE_RECORDS at the fixture records for this test file, restoring it after. */
export function useFixtureRecords(): void {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env['FORUM_ARCHIVE_RECORDS'];
    process.env['FORUM_ARCHIVE_RECORDS'] = FIXTURE_RECORDS;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env['FORUM_ARCHIVE_RECORDS'];
    else process.env['FORUM_ARCHIVE_RECORDS'] = saved;
  });
}
