import { sha256, slugOf } from '../../../records/index.ts';
import type { TagRef } from '../../../records/types.ts';
import { detach } from './detach.ts';

/** Tags of a question: `<a><b>` (older dumps) or `|a|b|` (2023 and later), in their order. */
export function parseTags(value: string | undefined): string[] {
  if (!value) return [];
  const names = value.startsWith('<')
    ? Array.from(value.matchAll(/<([^<>]+)>/g), (m) => m[1]!)
    : value.split('|');
  return [...new Set(names.map((name) => detach(name.trim())).filter(Boolean))];
}

/**
 * The page id of a tag: the name itself when it is already a clean slug (`python`), else its slug
 * plus a hash of the exact name, so `c#`, `c++` and `c` never share a page.
 */
export function tagIdOf(name: string): string {
  const slug = slugOf(name, 60);
  return slug === name ? name : `${slug || 'tag'}-${sha256(name).slice(0, 8)}`;
}

// A site has a few thousand tags used by many questions each: slugifying once per name saves
// most of the work. Bounded, so a dump of only unique tags cannot grow it without end.
const ids = new Map<string, string>();
const MAX_CACHED = 100_000;

/** Tag names as the thread record's references. */
export function tagRefs(names: readonly string[]): TagRef[] {
  return names.map((name) => {
    let id = ids.get(name);
    if (id === undefined) {
      if (ids.size >= MAX_CACHED) ids.clear();
      ids.set(name, (id = tagIdOf(name)));
    }
    return { id, name };
  });
}
