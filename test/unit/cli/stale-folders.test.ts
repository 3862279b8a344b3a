import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { archiveMarker, stageOutput } from '../../../scripts/utils/output-dir.ts';
import {
  isProcessAlive,
  removeStaleFolders,
  staleFoldersLine,
} from '../../../scripts/utils/stale-folders.ts';

/** The pid of a process that has exited: a build that was killed. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined) throw new Error('could not start a child process');
  return child.pid;
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stale-folders-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const folders = (...names: string[]) => {
  for (const name of names) mkdirSync(join(root, name, 'x'), { recursive: true });
};

describe('isProcessAlive', () => {
  test('should tell a running process from one that has exited', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(deadPid())).toBe(false);
  });
});

describe('removeStaleFolders', () => {
  test('should remove only matching folders whose pid is gone', () => {
    folders('11-0', '11-1', '22-0', 'notes', `${process.pid}-0`);
    const pidOf = (name: string) => Number(/^(\d+)-\d+$/.exec(name)?.[1]);
    const removed = removeStaleFolders(root, pidOf, (pid) => pid === 22);
    expect(removed.sort()).toEqual(['11-0', '11-1']);
    expect(readdirSync(root).sort()).toEqual(['22-0', `${process.pid}-0`, 'notes'].sort());
  });

  test('should find nothing in a folder that does not exist', () => {
    expect(
      removeStaleFolders(
        join(root, 'missing'),
        () => 1,
        () => false,
      ),
    ).toEqual([]);
  });

  test('should say what it removed in one line, and nothing when it removed nothing', () => {
    expect(staleFoldersLine('.astro/builds', [])).toBeUndefined();
    expect(staleFoldersLine('.astro/builds', ['1-0'])).toBe(
      'Removed 1 folder left in .astro/builds by killed builds: 1-0',
    );
    expect(staleFoldersLine('.', ['a', 'b', 'c', 'd'])).toBe(
      'Removed 4 folders left in . by killed builds: a, b, c, …',
    );
  });
});

describe('stageOutput', () => {
  test("should remove a killed build's staging folders beside --out and report it once", () => {
    const dead = deadPid();
    const alive = process.ppid;
    folders(
      `.site.building-${dead}`,
      `.site.building-${dead}.part-1`,
      `.site.search-${dead}`,
      `.site.building-${alive}`,
      `.other.building-${dead}`,
      `.site.old-${dead}`,
    );
    const lines: string[] = [];
    const staged = stageOutput(join(root, 'site'), (line) => lines.push(line));
    const left = readdirSync(root).sort();
    expect(left).not.toContain(`.site.building-${dead}`);
    expect(left).not.toContain(`.site.building-${dead}.part-1`);
    expect(left).not.toContain(`.site.search-${dead}`);
    // A live build, another output's build, and (with no site yet) the only previous copy stay.
    expect(left).toContain(`.site.building-${alive}`);
    expect(left).toContain(`.other.building-${dead}`);
    expect(left).toContain(`.site.old-${dead}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Removed 3 folders left in .* by killed builds: /);
    staged.discard();
  });

  test('should remove a killed swap leftover once the site exists again', () => {
    const dead = deadPid();
    folders(`.site.old-${dead}`);
    mkdirSync(join(root, 'site'));
    writeFileSync(join(root, 'site', archiveMarker), '{}');
    const lines: string[] = [];
    stageOutput(join(root, 'site'), (line) => lines.push(line)).discard();
    expect(existsSync(join(root, `.site.old-${dead}`))).toBe(false);
    expect(lines).toEqual([expect.stringContaining(`.site.old-${dead}`)]);
  });

  test('should report nothing when no build was killed', () => {
    const lines: string[] = [];
    stageOutput(join(root, 'site'), (line) => lines.push(line)).discard();
    expect(lines).toEqual([]);
  });
});
