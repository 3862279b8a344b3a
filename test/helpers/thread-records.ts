import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadPackFile } from '../../scripts/records/index.ts';
import type { ThreadPack, ThreadRecord } from '../../scripts/records/types.ts';

const readPack = (file: string): ThreadPack => JSON.parse(readFileSync(file, 'utf8')) as ThreadPack;

/** Thread `id`'s record in `recordsDir`, found in its whole pack (test records are small). */
export function threadRecord(recordsDir: string, id: string): ThreadRecord {
  const record = readPack(threadPackFile(recordsDir, id))[id];
  if (!record) throw new Error(`No thread ${id} in ${threadPackFile(recordsDir, id)}`);
  return record;
}

/** Every thread record of `recordsDir`, pack by pack, each pack's in the order written. */
export function threadRecords(recordsDir: string): ThreadRecord[] {
  const threads = join(recordsDir, 'threads');
  return readdirSync(threads)
    .sort()
    .flatMap((name) => Object.values(readPack(join(threads, name))));
}
