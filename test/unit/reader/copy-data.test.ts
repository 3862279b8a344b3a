import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyData } from '../../../scripts/site/copy-data.ts';

function recordsFixture(): { root: string; records: string } {
  const root = mkdtempSync(join(tmpdir(), 'forum-archive-data-'));
  const records = join(root, 'records');
  mkdirSync(join(records, 'forums'), { recursive: true });
  mkdirSync(join(records, 'threads'), { recursive: true });
  writeFileSync(join(records, 'forums.json'), '[]');
  writeFileSync(join(records, 'archive.json'), '{}');
  writeFileSync(join(records, 'forums', 'f1.json'), '[1]');
  for (const pack of ['ab', 'cd', '1']) {
    writeFileSync(join(records, 'threads', `${pack}.json`), `{"${pack}":{}}`);
  }
  return { root, records };
}

describe('copyData', () => {
  test('should publish forums, the manifest and every thread pack', () => {
    const { root, records } = recordsFixture();
    const copied = copyData(records, join(root, 'site'));
    const data = join(root, 'site', 'data');
    expect(copied).toBe(3);
    expect(readdirSync(data).sort()).toEqual(['archive.json', 'forums', 'forums.json', 'threads']);
    expect(readFileSync(join(data, 'forums', 'f1.json'), 'utf8')).toBe('[1]');
    expect(readdirSync(join(data, 'threads')).sort()).toEqual(['1.json', 'ab.json', 'cd.json']);
    expect(readFileSync(join(data, 'threads', 'cd.json'), 'utf8')).toBe('{"cd":{}}');
  });

  test('should link thread packs to the records where both share a file system', () => {
    const { root, records } = recordsFixture();
    copyData(records, join(root, 'site'));
    const published = statSync(join(root, 'site', 'data', 'threads', 'ab.json'));
    expect(published.ino).toBe(statSync(join(records, 'threads', 'ab.json')).ino);
  });

  test('should copy thread packs when the file system refuses links', () => {
    const { root, records } = recordsFixture();
    let attempts = 0;
    const refuse = () => {
      attempts += 1;
      throw Object.assign(new Error('cross-device link not permitted'), { code: 'EXDEV' });
    };
    expect(copyData(records, join(root, 'site'), refuse)).toBe(3);
    const published = join(root, 'site', 'data', 'threads', 'ab.json');
    expect(readFileSync(published, 'utf8')).toBe('{"ab":{}}');
    expect(statSync(published).ino).not.toBe(statSync(join(records, 'threads', 'ab.json')).ino);
    expect(attempts).toBe(1);
  });

  test('should fail on other errors than a refused link', () => {
    const { root, records } = recordsFixture();
    const broken = () => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    expect(() => copyData(records, join(root, 'site'), broken)).toThrow(/no space left/);
  });
});
