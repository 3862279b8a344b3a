import { rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files Pagefind writes into every bundle for its ready-made search UIs. The archive's search
 * page uses the JS API (`pagefind.js`) only, so with many shards these would be ~430 KB and six
 * files per bundle that nothing loads.
 */
export const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
] as const;

/** Removes the UI files nobody loads from the bundle in `bundleDir`. */
export function pruneBundle(bundleDir: string): void {
  for (const file of UNUSED_UI_FILES) rmSync(join(bundleDir, file), { force: true });
}
