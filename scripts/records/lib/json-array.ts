import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';

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
    for (let start = 0; start < entries.length; start += ENTRIES_PER_SLICE) {
      const slice = JSON.stringify(entries.slice(start, start + ENTRIES_PER_SLICE));
      // Each slice's own brackets give way to the commas between slices.
      const first = start === 0;
      const last = start + ENTRIES_PER_SLICE >= entries.length;
      writeAll(fd, Buffer.from(slice.slice(first ? 0 : 1, last ? undefined : -1)));
      if (!last) writeAll(fd, comma);
    }
  } finally {
    closeSync(fd);
  }
}

const comma = Buffer.from(',');

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
}
