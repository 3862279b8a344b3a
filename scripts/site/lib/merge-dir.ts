import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Moves everything in `from` into `into`. Where both hold the same file, `into`'s copy stays: the
 * parts of a site build render the same shared pages and assets, byte for byte.
 */
export function mergeDir(from: string, into: string): void {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(into, name);
    if (!existsSync(target)) renameSync(source, target);
    else if (statSync(source).isDirectory() && statSync(target).isDirectory())
      mergeDir(source, target);
  }
  rmSync(from, { recursive: true, force: true });
}
