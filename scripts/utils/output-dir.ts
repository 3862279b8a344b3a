import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './cli-error.ts';
import { removeStaleFolders, staleFoldersLine } from './stale-folders.ts';

/** The file that marks a folder as an archive this tool built, so a rebuild may replace it. */
export const archiveMarker = 'forum-archive.json';

export interface StagedOutput {
  /** Where the build writes; becomes `out` on `commit`. */
  dir: string;
  /** Swaps the finished build in place of `out` (the previous archive is removed after the swap). */
  commit(): void;
  /** Removes the unfinished build; `out` is untouched. */
  discard(): void;
}

/**
 * Builds happen in a fresh folder beside `out` and are swapped in only when complete, so a build
 * that fails or is killed leaves the previous site intact. A folder that holds something else is
 * never deleted. Staging folders of builds that were killed (their pid is gone) are removed
 * first, and `report` is told so in one line.
 */
export function stageOutput(
  out: string,
  report: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): StagedOutput {
  const target = resolve(out);
  assertBuildableOutput(out);
  const removed = removeStaleFolders(dirname(target), (name) => leftoverPid(target, name));
  const line = staleFoldersLine(dirname(out) || '.', removed);
  if (line) report(line);
  const staging = join(dirname(target), `.${basename(target)}.building-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return {
    dir: staging,
    commit() {
      const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
      const hadPrevious = existsSync(target);
      if (hadPrevious) renameSync(target, old);
      renameSync(staging, target);
      if (hadPrevious) rmSync(old, { recursive: true, force: true });
    },
    discard() {
      rmSync(staging, { recursive: true, force: true });
    },
  };
}

/** Refuses an `out` that is not empty and holds no archive: a build would replace it. */
export function assertBuildableOutput(out: string): void {
  if (isForeignFolder(resolve(out))) {
    throw new CliError(
      `${out} is not empty and is not an archive built by forum-archive.`,
      'Choose another --out (a new or empty folder, or an earlier archive); nothing was deleted.',
    );
  }
}

/**
 * The pid in the name of a folder a build of `target` leaves beside it: `.<out>.building-<pid>`,
 * its Astro parts `….part-<k>`, its search work `.<out>.search-<pid>`, and `.<out>.old-<pid>`
 * (the previous archive during the swap; only while `target` exists, else it may be the one
 * copy of the site).
 */
function leftoverPid(target: string, name: string): number | undefined {
  const prefix = `.${basename(target)}.`;
  if (!name.startsWith(prefix)) return undefined;
  const match = /^(building|old|search)-(\d+)(?:\.part-\d+)?$/.exec(name.slice(prefix.length));
  if (!match || (match[1] === 'old' && !existsSync(target))) return undefined;
  return Number(match[2]);
}

function isForeignFolder(dir: string): boolean {
  if (!existsSync(dir)) return false;
  const entries = readdirSync(dir);
  return entries.length > 0 && !entries.includes(archiveMarker);
}
