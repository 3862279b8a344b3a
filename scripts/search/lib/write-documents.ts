import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadIndexDocuments } from './index-document.ts';
import { readThread, type ThreadEntry } from './read-records.ts';

/**
 * Writes the index documents of `threads` under `dir`, at the pages' site-relative paths, so
 * Pagefind computes the pages' real URLs from them. Reads one thread record at a time.
 * Returns the number of documents (pages) written.
 */
export function writeDocuments(recordsDir: string, threads: ThreadEntry[], dir: string): number {
  let pages = 0;
  for (const entry of threads) {
    for (const document of threadIndexDocuments(readThread(recordsDir, entry))) {
      const file = join(dir, document.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, document.html);
      pages++;
    }
  }
  return pages;
}
