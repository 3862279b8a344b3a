/** Human-readable numbers and commands for the CLI's progress and summary lines; locale-independent. */
import { quote } from 'shell-quote';

export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** `1 thread`, `2 threads`; irregular plurals given. */
export function plural(n: number, word: string, words = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : words}`;
}

/** `command` and its arguments as a line a POSIX shell runs as is (a path with spaces quoted). */
export function commandLine(command: string, ...args: string[]): string {
  return `${command} ${quote(args)}`;
}
