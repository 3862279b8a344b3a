import { mkdirSync, readFileSync, readdirSync, writeFileSync, type PathLike } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mergeDir } from '../../../scripts/site/lib/merge-dir.ts';
import { runPool } from '../../../scripts/utils/run-pool.ts';
import { inBuildPart } from '../../../src/utils/build-part.ts';
import { tempDir } from '../../helpers/cli.ts';

/** Writes `text` at `path` under `root`, making its folders. */
function writerIn(root: string): (path: string, text: string) => void {
  return (path, text) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
}

describe('mergeDir', () => {
  test('should move new files in, merge folders, and keep the target copy of shared files', () => {
    const root = tempDir('merge');
    const write = writerIn(root);
    write('a/index.html', 'home from part 0');
    write('a/t/x/index.html', 'x');
    write('b/index.html', 'home from part 1');
    write('b/t/y/index.html', 'y');
    write('b/t/y/2/index.html', 'y2');
    mergeDir(join(root, 'b'), join(root, 'a'));
    expect(readFileSync(join(root, 'a/index.html'), 'utf8')).toBe('home from part 0');
    expect(readdirSync(join(root, 'a/t')).sort()).toEqual(['x', 'y']);
    expect(readFileSync(join(root, 'a/t/y/2/index.html'), 'utf8')).toBe('y2');
    expect(readdirSync(root)).toEqual(['a']);
  });

  test('should copy what rename refuses across file systems (EXDEV), and merge the rest', () => {
    const root = tempDir('merge-exdev');
    const write = writerIn(root);
    write('a/t/x/index.html', 'x');
    write('b/index.html', 'home');
    write('b/t/y/index.html', 'y');
    const refused: string[] = [];
    const rename = (from: PathLike) => {
      refused.push(String(from).slice(root.length + 1));
      throw Object.assign(new Error('cross-device link not permitted'), { code: 'EXDEV' });
    };
    mergeDir(join(root, 'b'), join(root, 'a'), rename);
    expect(refused.sort()).toEqual(['b/index.html', 'b/t/y']);
    expect(readFileSync(join(root, 'a/index.html'), 'utf8')).toBe('home');
    expect(readFileSync(join(root, 'a/t/y/index.html'), 'utf8')).toBe('y');
    expect(readdirSync(join(root, 'a/t')).sort()).toEqual(['x', 'y']);
    expect(readdirSync(root)).toEqual(['a']);
  });

  test('should pass on any other failure to rename', () => {
    const root = tempDir('merge-eacces');
    mkdirSync(join(root, 'a'));
    mkdirSync(join(root, 'b'));
    writeFileSync(join(root, 'b/index.html'), 'home');
    const rename = () => {
      throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    };
    expect(() => mergeDir(join(root, 'b'), join(root, 'a'), rename)).toThrow('permission denied');
  });
});

describe('runPool', () => {
  test('should run every task, never more than the limit at once, keeping result order', async () => {
    let running = 0;
    let most = 0;
    const tasks = Array.from({ length: 7 }, (_, i) => async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5 + (i % 3) * 5));
      running--;
      return i * 10;
    });
    expect(await runPool(tasks, 2)).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(most).toBe(2);
  });
});

describe('inBuildPart', () => {
  test('should put every thread in exactly one part', () => {
    const ids = Array.from({ length: 500 }, (_, i) => i.toString(16).padStart(16, '0'));
    const counts = [0, 1, 2].map((k) => ids.filter((id) => inBuildPart(id, `${k}/3`)).length);
    expect(counts.reduce((a, b) => a + b)).toBe(500);
    for (const count of counts) expect(count).toBeGreaterThan(100);
  });

  test('should render everything when no part is set', () => {
    expect(inBuildPart('abc', undefined)).toBe(true);
  });
});
