import { platform } from 'node:os';
import { describe, expect, test } from 'vitest';
import { processUsage, usageOfStat } from '../../../scripts/utils/process-usage.ts';

// proc(5) fields 1–17 of a process whose command name holds spaces and a `)`.
const stat = '4242 (node (x) y) S 1 4242 4242 0 -1 4194304 1000 20 3 4 250 50 700 100 20 0 12 0';

describe('usageOfStat', () => {
  test('should add own and waited-for children’s CPU ticks and page faults', () => {
    // utime 250 + stime 50 + cutime 700 + cstime 100 ticks of 1/100 s; faults 1000 + 20 + 3 + 4.
    expect(usageOfStat(stat)).toEqual({ cpuSeconds: 11, pageFaults: 1027 });
  });

  test('should refuse a line that lacks the fields', () => {
    expect(() => usageOfStat('4242 (node) S 1 2 3')).toThrow(/Unexpected \/proc stat line/);
  });
});

describe.runIf(platform() === 'linux')('processUsage', () => {
  test('should count the CPU time this process spends, as getrusage does', () => {
    const before = processUsage()!;
    // Busy until getrusage (process.cpuUsage) has seen 0.3 s more CPU, however loaded the machine.
    const start = process.cpuUsage();
    let spin = 0;
    while (process.cpuUsage(start).user < 300_000) spin++;
    const after = processUsage()!;
    expect(spin).toBeGreaterThan(0);
    // In ticks of 0.01 s.
    expect(after.cpuSeconds - before.cpuSeconds).toBeGreaterThanOrEqual(0.28);
    expect(after.pageFaults).toBeGreaterThanOrEqual(before.pageFaults);
  });
});
