import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isWithin } from '../../../scripts/utils/separate-folders.ts';
import { sampleDump } from '../../../scripts/utils/paths.ts';
import { runCli, tempDir } from '../../helpers/cli.ts';

describe('forum-archive build options', () => {
  test('should refuse --max-fragments without --indexer pagefind, before building anything', () => {
    const run = runCli(['build', '--out', tempDir('out'), '--max-fragments', '10']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--max-fragments applies to Pagefind’s binary only/);
    expect(run.stderr).toMatch(/--indexer pagefind/);
  });

  test('should refuse an unknown indexer with the choices', () => {
    const run = runCli(['build', '--out', tempDir('out'), '--indexer', 'lucene']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bundle, pagefind/);
  });
});

describe('forum-archive build folders', () => {
  test('should refuse --records inside --out before parsing anything', () => {
    const out = join(tempDir('nested'), 'site');
    const run = runCli(['build', '--out', out, '--records', join(out, 'records')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /--records .*site\/records is inside --out .*site, which a build replaces/,
    );
    expect(run.stderr).toMatch(/hint: Keep the records outside the site folder/);
    expect(existsSync(out)).toBe(false);
  });

  test('should refuse --out inside --records before parsing anything', () => {
    const records = join(tempDir('nested'), 'records');
    const run = runCli(['build', '--out', join(records, 'site'), '--records', records]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--out .*records\/site is inside --records/);
    expect(existsSync(records)).toBe(false);
  });

  test('should refuse a dump inside --out or --records, and a parse whose --out holds its dump', () => {
    const root = tempDir('nested');
    const dump = join(root, 'dump');
    mkdirSync(dump);
    const build = runCli(['build', dump, '--out', root, '--records', join(tempDir('r'), 'r')]);
    expect(build.status).toBe(2);
    expect(build.stderr).toMatch(/The dump .*dump is inside --out/);
    const inRecords = runCli(['build', dump, '--out', join(tempDir('o'), 'o'), '--records', root]);
    expect(inRecords.status).toBe(2);
    expect(inRecords.stderr).toMatch(/The dump .*dump is inside --records/);
    const parse = runCli(['parse', dump, '--out', root]);
    expect(parse.status).toBe(2);
    expect(parse.stderr).toMatch(/The dump .*dump is inside --out .*, which this command replaces/);
  });

  test('should refuse a foreign --out before parsing, leaving the records untouched', () => {
    const out = tempDir('foreign');
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const records = join(tempDir('records'), 'records');
    const run = runCli(['build', '--out', out, '--records', records]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is not empty and is not an archive built by forum-archive/);
    expect(run.stderr).not.toMatch(/^parse:/m);
    expect(existsSync(records)).toBe(false);
  });
});

describe('isWithin', () => {
  test('should tell a folder and what lies inside it from its siblings', () => {
    expect(isWithin('/a/b', '/a/b')).toBe(true);
    expect(isWithin('/a/b/c', '/a/b')).toBe(true);
    expect(isWithin('/a/b/../b/c', '/a/b/')).toBe(true);
    expect(isWithin('/a/bc', '/a/b')).toBe(false);
    expect(isWithin('/a', '/a/b')).toBe(false);
    expect(isWithin('/a/..b', '/a')).toBe(true);
    expect(isWithin('/x/y', '/a/b')).toBe(false);
  });
});

describe('forum-archive parse options', () => {
  test('should take --jobs, and refuse one that is not a positive integer', () => {
    const ok = runCli(['parse', '--out', tempDir('records'), '--jobs', '1', sampleDump]);
    expect(ok.status, ok.stderr).toBe(0);
    const refused = runCli(['parse', '--out', tempDir('records'), '--jobs', '0', sampleDump]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--jobs/);
  });
});
