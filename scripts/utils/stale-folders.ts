import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether process `pid` exists. Signal 0 only checks: `ESRCH` means no such process; any other
 * answer (`EPERM`: it runs as another user) counts as alive, so its folders are left alone.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes the entries of `dir` that a killed build left behind: those `pidOf` names a builder's
 * pid for, when that process is gone. A pid reused by another process keeps its folder until a
 * later build: leaking is safer than deleting a live build. Returns the removed names; a missing
 * `dir` has none.
 */
export function removeStaleFolders(
  dir: string,
  pidOf: (name: string) => number | undefined,
  alive: (pid: number) => boolean = isProcessAlive,
): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = pidOf(name);
    if (pid === undefined || !(pid > 0) || pid === process.pid || alive(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** One line for the user about removed leftovers, or none when nothing was removed. */
export function staleFoldersLine(where: string, removed: readonly string[]): string | undefined {
  if (removed.length === 0) return undefined;
  const shown = removed.slice(0, 3).join(', ') + (removed.length > 3 ? ', …' : '');
  const what = removed.length === 1 ? 'folder' : 'folders';
  return `Removed ${removed.length} ${what} left in ${where} by killed builds: ${shown}`;
}
