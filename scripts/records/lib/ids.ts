import { sha256 } from './hash.ts';
import { slugOf } from './slug.ts';

const hexInFileName = /(?:^|[^0-9a-f])([0-9a-f]{16})\.txt$/i;

/**
 * The stable id of a thread: the 16 hex digits of its file name (`NNN_<16 hex>.txt`), lower-cased,
 * else the first 16 hex digits of the sha256 of its bytes. Both survive re-dumps and renames of
 * the folder around the file, which is what keeps URLs stable.
 */
export function threadIdOf(fileName: string, fileSha256: string): string {
  const match = hexInFileName.exec(fileName);
  return (match?.[1] ?? fileSha256.slice(0, 16)).toLowerCase();
}

/** The stable id of a forum: derived from its exact name, so names differing only in case differ. */
export function forumIdOf(name: string): string {
  return sha256(name).slice(0, 12);
}

/** URL segment of a forum: readable part plus id part, so it is unique even case-insensitively. */
export function forumSlugOf(name: string, id: string): string {
  const readable = slugOf(name, 50);
  return readable ? `${readable}-${id}` : `forum-${id}`;
}

/** URL segment of a thread: `<id>-<title slug>`; the id keeps it unique, the title keeps it readable. */
export function threadSlugOf(id: string, title: string): string {
  const readable = slugOf(title, 60);
  return readable ? `${id}-${readable}` : id;
}
