import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyData, threadShard } from '../../../scripts/site/copy-data.ts';

describe('copyData', () => {
  test('should publish forums, the manifest and threads sharded by the first two id characters', () => {
    const root = mkdtempSync(join(tmpdir(), 'forum-archive-data-'));
    const records = join(root, 'records');
    mkdirSync(join(records, 'forums'), { recursive: true });
    mkdirSync(join(records, 'threads'), { recursive: true });
    writeFileSync(join(records, 'forums.json'), '[]');
    writeFileSync(join(records, 'archive.json'), '{}');
    writeFileSync(join(records, 'forums', 'f1.json'), '[1]');
    for (const id of ['ab01', 'ab02', 'cd03-2']) {
      writeFileSync(join(records, 'threads', `${id}.json`), `"${id}"`);
    }
    const copied = copyData(records, join(root, 'site'));
    const data = join(root, 'site', 'data');
    expect(copied).toBe(3);
    expect(readdirSync(data).sort()).toEqual(['archive.json', 'forums', 'forums.json', 'threads']);
    expect(readFileSync(join(data, 'forums', 'f1.json'), 'utf8')).toBe('[1]');
    expect(readdirSync(join(data, 'threads')).sort()).toEqual(['ab', 'cd']);
    expect(readdirSync(join(data, 'threads', 'ab')).sort()).toEqual(['ab01.json', 'ab02.json']);
    expect(readFileSync(join(data, 'threads', 'cd', 'cd03-2.json'), 'utf8')).toBe('"cd03-2"');
  });

  test('should keep 50k hex ids far below 50,000 entries per folder', () => {
    expect(new Set(['00', 'ff', '7a'].map(threadShard)).size).toBe(3);
    expect(threadShard('AB12')).toBe('ab');
  });
});
