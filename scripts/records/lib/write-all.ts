import { writeSync } from 'node:fs';

/** Writes all of `bytes` to `fd`: `writeSync` may write less than it was given. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
}
