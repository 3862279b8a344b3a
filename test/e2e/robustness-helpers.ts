/** Shared by the robustness, security and site-check tests: dumps written from code, built trees. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatThreadFile } from '../../scripts/parse/index.ts';
import type { ThreadToFormat } from '../../scripts/parse/index.ts';

/** One injection payload of `test/fixtures/payloads/injection.json`. */
export interface Payload {
  name: string;
  text: string;
}

/** The injection corpus (our own; one line each, no leading/trailing blanks). */
export function loadPayloads(): Payload[] {
  const url = new URL('../fixtures/payloads/injection.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { payloads: Payload[] }).payloads;
}

/** Writes each thread as `NNN_<16 hex>.txt` (the id is the index), creating `dir`. */
export function writeThreads(dir: string, threads: readonly ThreadToFormat[]): string[] {
  mkdirSync(dir, { recursive: true });
  return threads.map((thread, index) => {
    const name = `${String(index).padStart(4, '0')}_${index.toString(16).padStart(16, '0')}.txt`;
    writeFileSync(join(dir, name), formatThreadFile(thread));
    return name;
  });
}

/** A naive date `minutes` after 2015-01-01T00:00, as the records write it. */
export function dateAt(minutes: number): string {
  return new Date(Date.UTC(2015, 0, 1) + minutes * 60_000).toISOString().slice(0, 16);
}

/** Every file under `dir`, relative and `/`-separated, in code-point order. */
export function filesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(relative(dir, join(entry.parentPath, entry.name)));
  }
  return files.map((file) => file.split(sep).join('/')).sort();
}

/** sha256 of every file under `dir`, keyed by relative path. */
export function treeDigest(dir: string): Map<string, string> {
  return new Map(
    filesUnder(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/**
 * Text as the site shows it, for comparing with the dump: LaTeX quote marks become typographic
 * quotes on the page (src/utils/quotes.ts), and line breaks and blank-line runs become layout.
 */
export function comparable(text: string): string {
  return text
    .replace(/``|''|[`'“”‘’]/g, 'Q')
    .replace(/\s+/gu, ' ')
    .trim();
}
