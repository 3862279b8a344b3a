/**
 * Pagefind's search runtime (`pagefind.js`, its worker, wasm and highlighting script), taken from
 * the Pagefind binary itself by indexing a one-page site, so the runtime always matches the
 * installed Pagefind version that the bundle format follows.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../../../utils/cli-error.ts';
import { pruneBundle } from '../prune-bundle.ts';
import { indexShard } from '../run-pagefind.ts';

/** The format version this writer produces; the installed Pagefind must write the same. */
export const FORMAT_VERSION = '1.6.0';

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
  include_characters?: string[];
}

/** The runtime files of one Pagefind version, ready to be copied into bundles. */
export interface RuntimeFiles {
  version: string;
  /** Copies the runtime into `dir` and writes its entry for metadata `metaHash`. */
  copyTo(dir: string, metaHash: string, pages: number): void;
}

/**
 * Runs Pagefind once on a one-page site and keeps the runtime it writes in `dir` (read back with
 * `runtimeFiles`). Fails when the installed Pagefind writes another format version.
 */
export async function preparePagefindRuntime(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const site = mkdtempSync(join(tmpdir(), 'forum-archive-runtime-'));
  try {
    writeFileSync(
      join(site, 'index.html'),
      '<!doctype html><html lang="en"><body><main data-pagefind-body>archive</main></body></html>',
    );
    await indexShard({ siteDir: site, outputDir: dir });
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
  pruneBundle(dir);
  const { version } = readEntry(dir);
  if (version !== FORMAT_VERSION) {
    throw new CliError(
      `Pagefind ${version} is installed, but the search index writer writes Pagefind ${FORMAT_VERSION}'s format.`,
      `Install pagefind@${FORMAT_VERSION} (see package.json), or build with --indexer pagefind.`,
    );
  }
}

/** The runtime that `preparePagefindRuntime` kept in `dir`. */
export function runtimeFiles(dir: string): RuntimeFiles {
  const entry = readEntry(dir);
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((file) => file.isFile() && /\.(js|pagefind)$/.test(file.name))
    .map((file) => file.name);
  return {
    version: entry.version,
    copyTo(target, metaHash, pages) {
      for (const file of files) copyFileSync(join(dir, file), join(target, file));
      const bundleEntry: Entry = {
        version: entry.version,
        languages: { en: { hash: metaHash, wasm: 'en', page_count: pages } },
        ...(entry.include_characters && { include_characters: entry.include_characters }),
      };
      writeFileSync(join(target, 'pagefind-entry.json'), JSON.stringify(bundleEntry));
    },
  };
}

function readEntry(dir: string): Entry {
  return JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
}
