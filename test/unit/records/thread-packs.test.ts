import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  readRecordText,
  readThreadRecord,
  threadPackFile,
  threadPackName,
  ThreadPacks,
} from '../../../scripts/records/index.ts';
import type { RecordRange } from '../../../scripts/records/types.ts';
import { tempDir } from '../../helpers/cli.ts';

const record = (id: string, body: string) => ({ id, posts: [{ n: 1, body }] });
const bytesOf = (value: unknown) => Buffer.from(JSON.stringify(value));

/** Writes a record per body into new packs; each record's range, by id (`t<i>`). */
function packed(bodies: string[]): { dir: string; at: Map<string, RecordRange> } {
  const dir = tempDir('packs');
  const packs = new ThreadPacks(dir);
  const at = new Map(
    bodies.map((body, i) => [`t${i}`, packs.add(`t${i}`, [bytesOf(record(`t${i}`, body))])]),
  );
  packs.close();
  return { dir, at };
}

const readPack = (dir: string, pack: number) =>
  JSON.parse(readFileSync(join(dir, threadPackName(pack)), 'utf8')) as Record<string, unknown>;

describe('ThreadPacks', () => {
  test('should write records into pack 0000 in the order given, one JSON object by id', () => {
    const { dir, at } = packed(['é ✓', 'two', 'three']);
    expect(readdirSync(dir)).toEqual(['0000.json']);
    const pack = readPack(dir, 0);
    expect(Object.keys(pack)).toEqual(['t0', 't1', 't2']);
    expect(pack['t0']).toEqual(record('t0', 'é ✓'));
    expect([...at.values()].map(([pack]) => pack)).toEqual([0, 0, 0]);
  });

  test('should begin a new pack once one holds 8 MB, every pack a whole JSON object', () => {
    const megabyte = 'x'.repeat(1 << 20);
    const { dir, at } = packed(Array.from({ length: 12 }, (_, i) => `${i}${megabyte}`));
    expect(readdirSync(dir).sort()).toEqual(['0000.json', '0001.json']);
    expect(Object.keys(readPack(dir, 0))).toHaveLength(8);
    expect(Object.keys(readPack(dir, 1))).toEqual(['t8', 't9', 't10', 't11']);
    expect(at.get('t7')![0]).toBe(0);
    expect(at.get('t8')![0]).toBe(1);
  });

  test('should give each record’s pack and byte range, records larger than a write included', () => {
    const bodies = ['é ✓', 'y'.repeat(3 << 20), 'short', 'z'.repeat((1 << 20) - 40), 'ü'];
    const { dir, at } = packed(bodies);
    bodies.forEach((body, i) => {
      const [pack, offset, length] = at.get(`t${i}`)!;
      const text = readRecordText(join(dir, threadPackName(pack)), offset, length);
      expect(JSON.parse(text)).toEqual(record(`t${i}`, body));
    });
  });

  test('should write text parts as UTF-8, whatever their length', () => {
    const dir = tempDir('packs-text');
    const packs = new ThreadPacks(dir);
    const long = JSON.stringify(record('t1', 'ü✓'.repeat(400_000)));
    const parts = ['{"id":"t0","posts":[{"n":1,"body":"', bytesOf('é ✓').subarray(1, -1), '"}]}'];
    const ranges = [packs.add('t0', parts), packs.add('t1', [long])];
    packs.close();
    const texts = ranges.map(([pack, offset, length]) =>
      readRecordText(join(dir, threadPackName(pack)), offset, length),
    );
    expect(texts).toEqual([JSON.stringify(record('t0', 'é ✓')), long]);
    expect(Object.keys(readPack(dir, 0))).toEqual(['t0', 't1']);
  });

  test('should write no pack when given no record', () => {
    const dir = tempDir('packs-none');
    new ThreadPacks(dir).close();
    expect(readdirSync(dir)).toEqual([]);
  });

  test('should name packs with four digits at least, in the records’ threads folder', () => {
    expect(threadPackName(0)).toBe('0000.json');
    expect(threadPackName(12)).toBe('0012.json');
    expect(threadPackName(12345)).toBe('12345.json');
    expect(threadPackFile('/r', 3)).toBe(join('/r', 'threads', '0003.json'));
  });

  test('should name the file when a range passes its end', () => {
    const { dir, at } = packed(['one']);
    const [pack, offset, length] = at.get('t0')!;
    expect(() => readRecordText(join(dir, threadPackName(pack)), offset, length + 10)).toThrow(
      /0000\.json ends before byte/,
    );
  });

  test('should ask for a new parse when a list gives no pack (records of an older layout)', () => {
    const root = tempDir('packs-older');
    const older = [1, 20] as unknown as RecordRange;
    expect(() => readThreadRecord(root, { id: 'ab01', at: older })).toThrow(
      /No pack and byte range for thread "ab01".*older version\. Parse the dump again/,
    );
    const missing = undefined as unknown as RecordRange;
    expect(() => readThreadRecord(root, { id: 'ab01', at: missing })).toThrow(/Parse the dump/);
  });

  test('should read a thread by id and range, and refuse a range holding another thread', () => {
    const root = tempDir('packs-records');
    mkdirSync(join(root, 'threads'));
    const packs = new ThreadPacks(join(root, 'threads'));
    const first = packs.add('ab01', [bytesOf(record('ab01', 'one'))]);
    const second = packs.add('ab02', [bytesOf(record('ab02', 'two'))]);
    packs.close();
    expect(readThreadRecord(root, { id: 'ab02', at: second })).toEqual(record('ab02', 'two'));
    expect(() => readThreadRecord(root, { id: 'ab02', at: first })).toThrow(
      /byte \d+ of .*threads\/0000\.json is thread "ab01", not "ab02"/,
    );
  });
});
