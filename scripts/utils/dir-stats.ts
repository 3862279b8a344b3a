import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DirStats {
  files: number;
  bytes: number;
  htmlPages: number;
  largestFile: { path: string; bytes: number };
  /** The folder with the most direct entries (hosts limit entries per folder). */
  largestDir: { path: string; entries: number };
}

/** Walks a built site once and measures what static hosts care about. */
export function dirStats(root: string): DirStats {
  const stats: DirStats = {
    files: 0,
    bytes: 0,
    htmlPages: 0,
    largestFile: { path: '', bytes: 0 },
    largestDir: { path: '.', entries: 0 },
  };
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.length > stats.largestDir.entries) {
      stats.largestDir = { path: relative(root, dir) || '.', entries: entries.length };
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        pending.push(path);
        continue;
      }
      const { size } = statSync(path);
      stats.files++;
      stats.bytes += size;
      if (entry.name.endsWith('.html')) stats.htmlPages++;
      if (size > stats.largestFile.bytes)
        stats.largestFile = { path: relative(root, path), bytes: size };
    }
  }
  return stats;
}
