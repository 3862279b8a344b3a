import { forEachRowBatch } from './rows.ts';
import type { FileScan } from './lines.ts';
import { UserTableBuilder, type UserTable } from './user-table.ts';

/** `Users.xml` reduced to what posts need: `Id` → `DisplayName`. */
export interface UserNames {
  names: UserTable;
  scan: FileScan;
  /** Rows passed over: malformed, cut off or without `Id` (their users' posts fall back to `OwnerDisplayName`). */
  invalidRows: number;
}

/** Reads every user's display name; other columns (about me, location…) are not kept. */
export function readUserNames(path: string): UserNames {
  const names = new UserTableBuilder();
  let invalidRows = 0;
  const scan = forEachRowBatch(
    path,
    (rows) => {
      for (const row of rows) {
        const id = row['Id'];
        if (id === undefined) {
          invalidRows++;
          continue;
        }
        const name = row['DisplayName']?.trim();
        if (name) names.add(id, name);
      }
    },
    () => invalidRows++,
  );
  return { names: names.build(), scan, invalidRows };
}
