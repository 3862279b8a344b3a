import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How long a run lets the last run's deletion settle before it measures. This machine's disk is
 * mounted with `discard`: deleting what an L run set aside (3.7 GB) took 13–15 s, and a parse
 * started right after it took 3.2–3.5 s against 2.7–2.8 s 20 s later (README, "Performance").
 */
export const SETTLE_MS = 30_000;

const stampFile = (work: string) => join(work, '.deleted-at');

/** How long to wait, given when the last deletion ended (`undefined`: none known). */
export function settleDelay(deletedAt: number | undefined, now: number): number {
  if (deletedAt === undefined || !Number.isFinite(deletedAt)) return 0;
  // A stamp from the future (the clock was set back) waits the whole time, no longer.
  return Math.min(SETTLE_MS, Math.max(0, SETTLE_MS - (now - deletedAt)));
}

/** Notes that this run has just deleted the output it set aside. */
export function markDeleted(work: string): void {
  writeFileSync(stampFile(work), String(Date.now()));
}

/** How long this run should wait for the last run's deletion to settle, in ms. */
export function delayAfterLastDeletion(work: string): number {
  let stamp: string;
  try {
    stamp = readFileSync(stampFile(work), 'utf8');
  } catch {
    return 0; // No run has deleted anything here yet.
  }
  return settleDelay(Number(stamp), Date.now());
}
