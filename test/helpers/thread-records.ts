import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ThreadPack, ThreadRecord } from '../../scripts/records/types.ts';

const readPack = (file: string): ThreadPack => JSON.parse(readFileSync(file, 'utf8')) as ThreadPack;

/** Thread `id`'s record in `recordsDir`, found in whichever pack holds it (test records are small). */
export function threadRecord(recordsDir: string, id: string): ThreadRecord {
  const record = threadRecords(recordsDir).find((thread) => thread.id === id);
  if (!record) throw new Error(`No thread ${id} in the packs of ${recordsDir}`);
  return record;
}

/** Every thread record of `recordsDir`, pack by pack, each pack's in the order written. */
export function threadRecords(recordsDir: string): ThreadRecord[] {
  const threads = join(recordsDir, 'threads');
  return readdirSync(threads)
    .sort()
    .flatMap((name) => Object.values(readPack(join(threads, name))));
}
