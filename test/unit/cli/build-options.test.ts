import { describe, expect, test } from 'vitest';
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

describe('forum-archive parse options', () => {
  test('should take --jobs, and refuse one that is not a positive integer', () => {
    const ok = runCli(['parse', '--out', tempDir('records'), '--jobs', '1', sampleDump]);
    expect(ok.status, ok.stderr).toBe(0);
    const refused = runCli(['parse', '--out', tempDir('records'), '--jobs', '0', sampleDump]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--jobs/);
  });
});
