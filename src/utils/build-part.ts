/**
 * Large archives are rendered by several Astro builds at once (`scripts/site/build-site.ts`), each
 * given `FORUM_ARCHIVE_BUILD_PART=k/n`: build k renders the thread pages whose id hashes to k. The
 * small shared pages (home, forum lists, search) are rendered by every part and kept once.
 */

/** Whether this build renders the thread with this id. */
export function inBuildPart(
  threadId: string,
  part: string | undefined = process.env['FORUM_ARCHIVE_BUILD_PART'],
): boolean {
  if (!part) return true;
  const [k, n] = part.split('/').map(Number);
  if (!Number.isInteger(k) || !Number.isInteger(n) || n! < 1) return true;
  return hash(threadId) % n! === k;
}

/** FNV-1a: stable across runs and machines, unlike anything seeded. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
