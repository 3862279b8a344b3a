import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeDump } from '../../scripts/generate/index.ts';
import { projectRoot } from '../../scripts/utils/paths.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { treeDigest } from './robustness-helpers.ts';

const cliPath = fileURLToPath(new URL('../../scripts/forum-archive.js', import.meta.url));
const epoch = '1700000000';

function build(dump: string, out: string, env: NodeJS.ProcessEnv = {}) {
  return runCli(['build', dump, '--out', out, '--records', `${out}-records`], env);
}

describe('builds are atomic and deterministic', () => {
  let root: string;
  let dump: string;
  let first: string;
  let firstDigest: Map<string, string>;

  beforeAll(async () => {
    root = tempDir('atomic');
    dump = join(root, 'dump');
    await writeDump({ out: dump, threads: 30, seed: 'atomic', workers: 1 });
    first = join(root, 'first');
    const run = build(dump, first, { SOURCE_DATE_EPOCH: epoch });
    if (run.status !== 0) throw new Error(run.stderr);
    firstDigest = treeDigest(first);
  });

  test('a second build elsewhere, in another time zone and locale, is byte-identical', () => {
    const second = join(root, 'second');
    const run = build(dump, second, {
      SOURCE_DATE_EPOCH: epoch,
      TZ: 'America/New_York',
      LC_ALL: 'tr_TR.UTF-8',
      LANG: 'tr_TR.UTF-8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(firstDigest.size).toBeGreaterThan(30);
    expect(treeDigest(second)).toEqual(firstDigest);
  });

  test("the manifest's build date is SOURCE_DATE_EPOCH, not the clock", () => {
    const manifest = JSON.parse(readFileSync(join(first, 'forum-archive.json'), 'utf8')) as {
      builtAt: unknown;
    };
    expect(manifest.builtAt).toBe(new Date(Number(epoch) * 1000).toISOString().slice(0, 19) + 'Z');
  });

  test('a build that fails on invalid input leaves the previous site byte-identical', () => {
    const bad = join(root, 'bad-dump');
    mkdirSync(bad);
    writeFileSync(join(bad, 'a.txt'), 'Forum\nTitle\n\nnot a header\n');
    writeFileSync(join(bad, 'b.txt'), '');
    const run = build(bad, first, { SOURCE_DATE_EPOCH: epoch });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/a\.txt:4: text-before-first-post/);
    expect(treeDigest(first)).toEqual(firstDigest);
  });

  test('a build killed mid-way leaves the previous site intact; the next build clears its leftovers', async () => {
    const child = spawn(
      process.execPath,
      [cliPath, 'build', dump, '--out', first, '--records', `${first}-killed-records`],
      { detached: true, stdio: 'ignore', env: { ...process.env, SOURCE_DATE_EPOCH: epoch } },
    );
    const staging = () =>
      readdirSync(dirname(first)).find((name) => name.startsWith('.first.building-'));
    const deadline = Date.now() + 60_000;
    while (!staging() && Date.now() < deadline) await sleep(20);
    expect(staging()).toBeDefined();
    await sleep(300); // let it write a little into the staging folder
    // The whole process group: the build renders pages in child processes too.
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(treeDigest(first)).toEqual(firstDigest);

    // The killed build's staging folder stays behind; the next build removes it and says so.
    const leftover = `.first.building-${child.pid}`;
    expect(readdirSync(dirname(first))).toContain(leftover);
    const run = build(dump, first, { SOURCE_DATE_EPOCH: epoch });
    expect(run.status, run.stderr).toBe(0);
    expect(staging()).toBeUndefined();
    expect(run.stderr).toMatch(
      new RegExp(`Removed \\d folders? left in .* by killed builds: .*${leftover}`),
    );
    const builds = join(projectRoot, '.astro', 'builds');
    const astroLeftovers = existsSync(builds) ? readdirSync(builds) : [];
    expect(astroLeftovers.filter((name) => name.startsWith(`${child.pid}-`))).toEqual([]);
    expect(treeDigest(first)).toEqual(firstDigest);
  });

  test('a foreign non-empty --out is refused and left untouched', () => {
    const foreign = join(root, 'my-photos');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'holiday.jpg'), 'not really a photo');
    const run = build(dump, foreign);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/not empty and is not an archive/);
    expect(readdirSync(foreign)).toEqual(['holiday.jpg']);
    expect(readFileSync(join(foreign, 'holiday.jpg'), 'utf8')).toBe('not really a photo');
    // Refused before anything was staged beside it.
    expect(readdirSync(root).filter((name) => name.startsWith('.my-photos.'))).toEqual([]);
  });
});
