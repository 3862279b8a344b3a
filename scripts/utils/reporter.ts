import { appendFileSync } from 'node:fs';
import { formatCount, formatSeconds } from './format.ts';
import { processUsage } from './process-usage.ts';

/** Wall-clock milliseconds, comparable across processes (the benchmark samples memory by it). */
const wallClock = () => performance.timeOrigin + performance.now();

/**
 * Tells the user what the CLI is doing: one line per finished stage with its timing, and a live
 * counter while a long stage runs (only on a terminal, so logs and CI output stay clean).
 */
export class Reporter {
  readonly #live = Boolean(process.stderr.isTTY);
  #lastDraw = 0;
  /**
   * `npm run bench` sets this to learn when each stage ran and what it cost (CPU seconds and page
   * faults, children included); one JSON line per finished stage.
   */
  readonly #trace = process.env['FORUM_ARCHIVE_TRACE'];

  /** Starts a stage; the returned function ends it with a result line. */
  stage(name: string): (result: string) => void {
    const started = performance.now();
    const startedAt = wallClock();
    const before = this.#trace ? processUsage() : undefined;
    if (this.#live) process.stderr.write(`${name}…`);
    return (result) => {
      if (this.#trace) {
        const after = processUsage();
        const cost =
          before && after
            ? {
                cpuSeconds: after.cpuSeconds - before.cpuSeconds,
                pageFaults: after.pageFaults - before.pageFaults,
              }
            : {};
        const line = { stage: name, start: startedAt, end: wallClock(), ...cost };
        appendFileSync(this.#trace, `${JSON.stringify(line)}\n`);
      }
      if (this.#live) process.stderr.write('\r\x1b[K');
      process.stderr.write(`${name}: ${result} (${formatSeconds(performance.now() - started)})\n`);
    };
  }

  /** A progress counter for the current stage, redrawn at most ten times a second. */
  progress(name: string): (done: number, total: number) => void {
    return (done, total) => {
      if (!this.#live) return;
      const now = performance.now();
      if (now - this.#lastDraw < 100 && done < total) return;
      this.#lastDraw = now;
      const percent = total ? Math.floor((done / total) * 100) : 100;
      process.stderr.write(
        `\r\x1b[K${name}… ${formatCount(done)}/${formatCount(total)} (${percent} %)`,
      );
    };
  }

  warn(message: string): void {
    process.stderr.write(`warning: ${message}\n`);
  }
}
