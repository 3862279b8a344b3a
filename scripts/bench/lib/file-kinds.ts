/**
 * What a file of a Pagefind bundle is for, from its path, so the search benchmark can say where
 * the bytes of a query go: the fixed cost (script, wasm, entry), what grows with the number of
 * indexed pages (meta, filters) and what grows with the query (index chunks, fragments).
 */

/** The kinds of files a Pagefind search fetches. */
export const FILE_KINDS = [
  'pagefind.js',
  'worker',
  'entry',
  'wasm',
  'meta',
  'filter',
  'index',
  'fragment',
  'other',
] as const;

/** One of `FILE_KINDS`. */
export type FileKind = (typeof FILE_KINDS)[number];

/** Bytes per kind of file. */
export type BytesByKind = Record<FileKind, number>;

/** The kind of the bundle file at `path` (a URL path or file path). */
export function fileKind(path: string): FileKind {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'pagefind.js') return 'pagefind.js';
  if (name === 'pagefind-worker.js') return 'worker';
  if (name === 'pagefind-entry.json') return 'entry';
  if (name.startsWith('wasm.')) return 'wasm';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.endsWith('.pf_filter')) return 'filter';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_fragment')) return 'fragment';
  // The bundle writer's packs (`search-packs.ts`), by their folder.
  if (name.endsWith('.pf_pack')) return /\/index\/[^/]+\/[^/]+$/.test(path) ? 'index' : 'fragment';
  return 'other';
}

/** A count of zero bytes for every kind. */
export function noBytes(): BytesByKind {
  return Object.fromEntries(FILE_KINDS.map((kind) => [kind, 0])) as BytesByKind;
}

/** The sum over all kinds. */
export function totalBytes(bytes: BytesByKind): number {
  return FILE_KINDS.reduce((sum, kind) => sum + bytes[kind], 0);
}
