import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { walkDump } from '../../../scripts/read/walk.ts';

const isText = (name: string) => name.endsWith('.txt');

/** A dump folder holding `files` (relative `/`-separated paths → content). */
function dumpOf(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'walk-'));
  for (const [source, text] of Object.entries(files)) {
    const path = join(root, ...source.split('/'));
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return root;
}

describe('walkDump', () => {
  test('should list nested files in code-point order of their source', () => {
    const root = dumpOf({ 'b.txt': 'b', 'a/z.txt': 'az', 'a-b.txt': 'ab', 'a/b/c.txt': 'abc' });
    const { files } = walkDump(root, isText);
    // '-' (0x2d) sorts before '/' (0x2f): `a-b.txt` comes before everything in `a/`.
    expect(files.map((f) => f.source)).toEqual(['a-b.txt', 'a/b/c.txt', 'a/z.txt', 'b.txt']);
  });

  test('should give paths that read each file, whether or not the root ends in a separator', () => {
    const root = dumpOf({ 'a/b/c.txt': 'abc', 'd.txt': 'd' });
    for (const given of [root, `${root}${sep}`, `${root}/`]) {
      const { files } = walkDump(given, isText);
      expect(files.map((f) => readFileSync(f.path, 'utf8'))).toEqual(['abc', 'd']);
      expect(files.map((f) => f.path)).toEqual([
        join(root, 'a', 'b', 'c.txt'),
        join(root, 'd.txt'),
      ]);
    }
  });

  test('should name hidden and non-matching entries as ignored, not drop them', () => {
    const root = dumpOf({
      '.hidden/x.txt': 'x',
      'notes.md': 'n',
      'a/.complete': '',
      'a/t.txt': 't',
    });
    const listing = walkDump(root, isText);
    expect(listing.files.map((f) => f.source)).toEqual(['a/t.txt']);
    expect([...listing.ignored].sort()).toEqual(['.hidden', 'a/.complete', 'notes.md']);
    expect(listing.unreadable).toEqual([]);
  });

  test('should tell `found` the count of files kept so far, after each one', () => {
    const root = dumpOf({ 'a/x.txt': 'x', 'a/y.md': 'y', 'b.txt': 'b', 'c.txt': 'c' });
    const counts: number[] = [];
    const listing = walkDump(root, isText, (files) => counts.push(files));
    expect(counts).toEqual([1, 2, 3]);
    expect(listing.files).toHaveLength(3);
  });

  test('should report a root it cannot list as unreadable', () => {
    const listing = walkDump(join(tmpdir(), 'walk-no-such-folder'), isText);
    expect(listing.files).toEqual([]);
    expect(listing.unreadable).toHaveLength(1);
    expect(listing.unreadable[0]!.source).toBe('.');
    expect(listing.unreadable[0]!.message).toMatch(/ENOENT/);
  });
});
