import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  readRecordText,
  readThreadRecord,
  threadPackFile,
  threadPackOf,
  ThreadPacks,
} from '../../../scripts/records/index.ts';
import type { RecordRange } from '../../../scripts/records/types.ts';
import { tempDir } from '../../helpers/cli.ts';

const record = (id: string, body: string) => ({ id, posts: [{ n: 1, body }] });

/** Writes `ids` as records into new packs; each record's range, by id. */
function packed(ids: string[]): { dir: string; at: Map<string, RecordRange> } {
  const dir = tempDir('packs');
  const packs = new ThreadPacks(dir);
  const at = new Map(
    ids.map((id) => [id, packs.add(id, [Buffer.from(JSON.stringify(record(id, `é ${id} ✓`)))])]),
  );
  packs.close();
  return { dir, at };
}

describe('ThreadPacks', () => {
  test('should put each record in the pack of its id’s first two characters, lower-cased', () => {
    const { dir } = packed(['ab01', 'AB02', 'cd03-2', '7']);
    expect(readdirSync(dir).sort()).toEqual(['7.json', 'ab.json', 'cd.json']);
    expect(threadPackOf('AB12')).toBe('ab');
    expect(threadPackFile('/r', 'cd03-2')).toBe(join('/r', 'threads', 'cd.json'));
  });

  test('should write each pack as a JSON object from id to record, in the order given', () => {
    const { dir } = packed(['ab02', 'cd03', 'ab01']);
    const pack = JSON.parse(readFileSync(join(dir, 'ab.json'), 'utf8')) as object;
    expect(Object.keys(pack)).toEqual(['ab02', 'ab01']);
    expect(pack).toEqual({ ab02: record('ab02', 'é ab02 ✓'), ab01: record('ab01', 'é ab01 ✓') });
  });

  test('should give each record’s byte range, non-ASCII text included', () => {
    const ids = ['ab01', 'ab02', 'cd03', 'ab04'];
    const { dir, at } = packed(ids);
    for (const id of ids) {
      const text = readRecordText(join(dir, `${threadPackOf(id)}.json`), at.get(id)!);
      expect(JSON.parse(text)).toEqual(record(id, `é ${id} ✓`));
    }
  });

  test('should keep every record when there are more packs than open files', () => {
    const alphabet = 'abcdefghijklmnopqrstu';
    const ids = [0, 1].flatMap((round) =>
      [...alphabet].flatMap((a) => [...alphabet].map((b) => `${a}${b}${round}`)),
    );
    const { dir, at } = packed(ids);
    expect(readdirSync(dir)).toHaveLength(alphabet.length ** 2);
    for (const id of ids) {
      const file = join(dir, `${threadPackOf(id)}.json`);
      expect(JSON.parse(readRecordText(file, at.get(id)!))).toEqual(record(id, `é ${id} ✓`));
    }
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'ku.json'), 'utf8')))).toEqual([
      'ku0',
      'ku1',
    ]);
  });

  test('should name the file when a range passes its end', () => {
    const { dir, at } = packed(['ab01']);
    const [offset, length] = at.get('ab01')!;
    expect(() => readRecordText(join(dir, 'ab.json'), [offset, length + 10])).toThrow(
      /ab\.json ends before byte/,
    );
  });

  test('should ask for a new parse when a list gives no range (records of the older layout)', () => {
    const { dir } = packed(['ab01']);
    const missing = undefined as unknown as RecordRange;
    expect(() => readRecordText(join(dir, 'ab.json'), missing)).toThrow(
      /No byte range for a record in .*ab\.json.*Parse the dump again/,
    );
  });

  test('should read a thread by id and range, and refuse a range holding another thread', () => {
    const root = tempDir('packs-records');
    mkdirSync(join(root, 'threads'));
    const packs = new ThreadPacks(join(root, 'threads'));
    const first = packs.add('ab01', [Buffer.from(JSON.stringify(record('ab01', 'one')))]);
    const second = packs.add('ab02', [Buffer.from(JSON.stringify(record('ab02', 'two')))]);
    packs.close();
    expect(readThreadRecord(root, { id: 'ab02', at: second })).toEqual(record('ab02', 'two'));
    expect(() => readThreadRecord(root, { id: 'ab02', at: first })).toThrow(
      /byte \d+ of .*threads\/ab\.json is thread "ab01", not "ab02"/,
    );
  });
});
