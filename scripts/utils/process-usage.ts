import { readFileSync } from 'node:fs';

/** What this process has cost so far: its own threads, and the child processes it waited for. */
export interface ProcessUsage {
  /** User plus system CPU seconds. */
  cpuSeconds: number;
  /** Minor and major page faults. */
  pageFaults: number;
}

// USER_HZ, the unit of the times in /proc: 100 on every architecture Linux and Node run on.
const TICKS_PER_SECOND = 100;

/**
 * The usage in a `/proc/<pid>/stat` line (proc(5)). Unlike `process.cpuUsage()`, it includes the
 * children the process has waited for (the Astro builds, once they exit).
 */
export function usageOfStat(stat: string): ProcessUsage {
  // The fields after the command name, which is in parentheses and may hold spaces or `)`.
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .trim()
    .split(' ');
  // Fields 10 to 17 of the line: minflt, cminflt, majflt, cmajflt, utime, stime, cutime, cstime.
  const [minflt, cminflt, majflt, cmajflt, utime, stime, cutime, cstime] = fields
    .slice(7, 15)
    .map(Number);
  const values = [minflt, cminflt, majflt, cmajflt, utime, stime, cutime, cstime];
  if (values.some((value) => value === undefined || !Number.isFinite(value))) {
    throw new Error(`Unexpected /proc stat line: ${stat.slice(0, 200)}`);
  }
  return {
    cpuSeconds: (utime! + stime! + cutime! + cstime!) / TICKS_PER_SECOND,
    pageFaults: minflt! + cminflt! + majflt! + cmajflt!,
  };
}

/** This process's usage, or `undefined` where there is no `/proc` (not Linux). */
export function processUsage(): ProcessUsage | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  return usageOfStat(stat);
}

/** CPU seconds (user plus system) the calling thread has used so far. */
export function threadCpuSeconds(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1e6;
}
