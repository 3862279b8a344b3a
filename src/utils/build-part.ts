/**
 * Large archives are rendered by several Astro builds at once (`scripts/site/build-site.ts`), each
 * given `FORUM_ARCHIVE_BUILD_PART=k/n`: build k renders the pages whose key (a thread id, or a
 * listing page's path) hashes to k. Only the few pages without parameters (home, about, search,
 * 404, the date archive's index) are rendered by every part and kept once.
 */

/** Whether this build renders the page (or a thread's pages) with this key. */
export function inBuildPart(
  key: string,
  part: string | undefined = process.env['FORUM_ARCHIVE_BUILD_PART'],
): boolean {
  if (!part) return true;
  const [k, n] = part.split('/').map(Number);
  if (!Number.isInteger(k) || !Number.isInteger(n) || n! < 1) return true;
  return hash(key) % n! === k;
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
