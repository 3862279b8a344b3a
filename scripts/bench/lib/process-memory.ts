import { readdirSync, readFileSync } from 'node:fs';

export interface MemorySample {
  /** Wall-clock ms. */
  at: number;
  /** RSS of the whole process tree, bytes. */
  total: number;
  /** RSS of the largest single process, bytes, and its command name. */
  largest: number;
  largestName: string;
}

const pageSize = 4096;

/** RSS and parent of every process, from /proc (Linux). */
function processTable(): Map<number, { ppid: number; rss: number; name: string }> {
  const table = new Map<number, { ppid: number; rss: number; name: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces; fields after it are fixed.
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      table.set(Number(entry), {
        ppid: Number(fields[1]),
        rss: Number(fields[21]) * pageSize,
        name,
      });
    } catch {
      // The process ended between listing and reading: it holds no memory any more.
    }
  }
  return table;
}

/** One sample of the memory held by `root` and all its descendants. */
export function sampleTree(root: number): MemorySample {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const sample: MemorySample = { at: Date.now(), total: 0, largest: 0, largestName: '' };
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    const process = table.get(pid);
    if (process) {
      sample.total += process.rss;
      if (process.rss > sample.largest) {
        sample.largest = process.rss;
        sample.largestName = process.name;
      }
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return sample;
}

/** Samples a process tree every `intervalMs` until stopped. */
export function watchMemory(root: number, intervalMs = 100): () => MemorySample[] {
  const samples: MemorySample[] = [];
  const timer = setInterval(() => samples.push(sampleTree(root)), intervalMs);
  return () => {
    clearInterval(timer);
    return samples;
  };
}
