import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createDumpContext,
  createThreadIds,
  generateDump,
  generateFileAt,
  threadPath,
} from '../../../scripts/generate/index.ts';

function digest(threads: number, seed: string): string {
  const hash = createHash('sha256');
  for (const file of generateDump({ threads, seed })) hash.update(`${file.path}\0${file.text}\0`);
  return hash.digest('hex');
}

describe('generateDump determinism', () => {
  it('should yield byte-identical files for the same threads and seed', () => {
    expect(digest(300, 'alpha')).toBe(digest(300, 'alpha'));
  }, 60_000);

  it('should yield different files for a different seed', () => {
    const a = [...generateDump({ threads: 50, seed: 'alpha' })];
    const b = [...generateDump({ threads: 50, seed: 'beta' })];
    const same = a.filter((file, i) => file.text === b[i]?.text || file.path === b[i]?.path);
    expect(same).toEqual([]);
  });

  it('should give a file the same bytes whether generated alone or in sequence', () => {
    const context = createDumpContext({ threads: 400, seed: 7 });
    const inSequence = [...generateDump({ threads: 400, seed: 7 })][321];
    expect(generateFileAt(context, 321).text).toBe(inSequence?.text);
  });

  it('should generate a slice equal to the same indices of the whole dump', () => {
    const whole = [...generateDump({ threads: 120, seed: 's' })];
    const odd = [...generateDump({ threads: 120, seed: 's', from: 1, step: 2 })];
    expect(odd.map((file) => file.text)).toEqual(
      whole.filter((_, i) => i % 2 === 1).map((file) => file.text),
    );
  });

  it('should name files FFFF/NNNNNN_<16 hex>.txt after their index and id', () => {
    for (const file of generateDump({ threads: 60, seed: 'names' })) {
      expect(file.path).toMatch(/^[0-9]{4}\/[0-9]{6}_[0-9a-f]{16}\.txt$/);
      expect(file.path).toBe(`0000/${String(file.index).padStart(6, '0')}_${file.id}.txt`);
    }
  });

  it('should put at most 1,000 files in a folder', () => {
    const ids = createThreadIds('folders');
    const folders = new Map<string, number>();
    for (let index = 0; index < 2500; index++) {
      const folder = threadPath(index, ids(index)).split('/')[0] as string;
      folders.set(folder, (folders.get(folder) ?? 0) + 1);
    }
    expect(Object.fromEntries(folders)).toEqual({ '0000': 1000, '0001': 1000, '0002': 500 });
  });

  it('should never give two threads of a dump the same id', () => {
    const ids = createThreadIds('unique');
    const seen = new Set<string>();
    for (let index = 0; index < 200_000; index++) seen.add(ids(index));
    expect(seen.size).toBe(200_000);
    expect(createThreadIds('other')(0)).not.toBe(ids(0));
  });

  it('should reject a thread count that is not a positive integer', () => {
    expect(() => [...generateDump({ threads: 0, seed: 1 })]).toThrow(/positive integer/);
    expect(() => [...generateDump({ threads: 1.5, seed: 1 })]).toThrow(/positive integer/);
  });
});
