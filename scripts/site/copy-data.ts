import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Shard folder of a thread file in `data/threads/`: the first two characters of its id. Thread
 * ids start with hex digits, so 50k threads make 256 folders of ~200 files, far below the
 * 50,000 entries some hosts allow per folder.
 */
export function threadShard(id: string): string {
  return id.slice(0, 2).toLowerCase();
}

/**
 * Publishes the records as `<outDir>/data/`, so the archive is also a dataset:
 * `forums.json`, `archive.json`, `forums/<forumId>.json`, `threads/<xx>/<threadId>.json`
 * (`xx` from `threadShard`). Returns the number of thread files copied.
 */
export function copyData(recordsDir: string, outDir: string): number {
  const data = join(outDir, 'data');
  mkdirSync(data, { recursive: true });
  for (const file of ['forums.json', 'archive.json']) {
    copyFileSync(join(recordsDir, file), join(data, file));
  }
  cpSync(join(recordsDir, 'forums'), join(data, 'forums'), { recursive: true });
  const threads = join(recordsDir, 'threads');
  if (!existsSync(threads)) return 0;
  let copied = 0;
  const made = new Set<string>();
  for (const name of readdirSync(threads)) {
    if (!name.endsWith('.json')) continue;
    const shard = join(data, 'threads', threadShard(name));
    if (!made.has(shard)) {
      mkdirSync(shard, { recursive: true });
      made.add(shard);
    }
    copyFileSync(join(threads, name), join(shard, name));
    copied += 1;
  }
  return copied;
}
