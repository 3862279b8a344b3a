import { detach } from './detach.ts';
import { forEachRowBatch } from './rows.ts';
import type { FileScan } from './lines.ts';

/** `Users.xml` reduced to what posts need: `Id` → `DisplayName`. */
export interface UserNames {
  names: Map<string, string>;
  scan: FileScan;
}

/** Reads every user's display name; other columns (about me, location…) are not kept. */
export function readUserNames(path: string): UserNames {
  const names = new Map<string, string>();
  const scan = forEachRowBatch(path, (rows) => {
    for (const row of rows) {
      const name = row['DisplayName']?.trim();
      if (row['Id'] !== undefined && name) names.set(row['Id'], detach(name));
    }
  });
  return { names, scan };
}
