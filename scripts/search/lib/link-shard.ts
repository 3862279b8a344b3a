import { linkSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PageFile } from './shards.ts';

/**
 * Makes `shardDir` hold only the pages under these groups, at the same relative paths, as hard
 * links (no copies): Pagefind then indexes a plain folder and computes the same URLs as for the
 * whole site. `shardDir` must be on the site's file system (beside it).
 */
export function linkShard(siteDir: string, groups: PageFile[], shardDir: string): void {
  for (const group of groups) {
    const source = join(siteDir, group.path);
    if (statSync(source).isDirectory()) linkTree(source, join(shardDir, group.path));
    else linkFile(source, join(shardDir, group.path));
  }
}

function linkTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else if (entry.name.endsWith('.html')) linkFile(join(from, entry.name), join(to, entry.name));
  }
}

function linkFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  linkSync(from, to);
}
