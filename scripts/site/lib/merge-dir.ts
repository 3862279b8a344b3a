import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Moves everything in `from` into `into`. Where both hold the same file, `into`'s copy stays: the
 * parts of a site build render the same shared pages and assets, byte for byte. Across file
 * systems, where `rename` refuses (EXDEV), entries are copied instead.
 */
export function mergeDir(from: string, into: string, rename = renameSync): void {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(into, name);
    if (!existsSync(target)) move(source, target, rename);
    else if (statSync(source).isDirectory() && statSync(target).isDirectory())
      mergeDir(source, target, rename);
  }
  rmSync(from, { recursive: true, force: true });
}

function move(source: string, target: string, rename: typeof renameSync): void {
  try {
    rename(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(source, target, { recursive: true });
  }
}
