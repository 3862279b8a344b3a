import { closeSync, openSync, writeFileSync } from 'node:fs';
import { writeAll } from './write-all.ts';

/** Entries serialized at a time: a slice's string is a few hundred KB at most. */
const ENTRIES_PER_SLICE = 4096;

/**
 * Writes the bytes of `JSON.stringify(entries)` to `path` a slice of entries at a time. A list of
 * a site's threads or authors is hundreds of thousands of entries: as one string, and that string
 * again as UTF-8, it was the peak of a Stack Exchange import's memory (255k threads: ~200 MB more
 * for about two seconds). A short list is written in one call, as before.
 */
export function writeJsonArray(path: string, entries: readonly unknown[]): void {
  if (entries.length <= ENTRIES_PER_SLICE) return writeFileSync(path, JSON.stringify(entries));
  const fd = openSync(path, 'w');
  try {
    writeAll(fd, Buffer.from('['));
    for (let start = 0; start < entries.length; start += ENTRIES_PER_SLICE) {
      // A slice's entries without its brackets, after a comma from the slice before.
      const inner = JSON.stringify(entries.slice(start, start + ENTRIES_PER_SLICE)).slice(1, -1);
      writeAll(fd, Buffer.from(start === 0 ? inner : `,${inner}`));
    }
    writeAll(fd, Buffer.from(']'));
  } finally {
    closeSync(fd);
  }
}
