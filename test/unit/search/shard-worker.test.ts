import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runShard } from '../../../scripts/search/lib/bundle/index.ts';
import { tempDir } from '../../helpers/cli.ts';

const entry = {
  id: 'ab12cd34ef56ab78',
  slug: 'ab12cd34ef56ab78-t',
  posts: 1,
  lastPostAt: '2015-01-01T00:00',
};

const job = (recordsDir: string) => ({
  recordsDir,
  threads: [entry],
  bundleDir: join(tempDir('bundle'), 'pagefind'),
  runtimeDir: tempDir('runtime'),
  chunkSize: 5_000,
});

describe('runShard', () => {
  test('should reject when the worker fails (here: a thread record that is not there)', async () => {
    const missing = join(tempDir('records'), 'missing');
    await expect(runShard(job(missing))).rejects.toThrow(/ENOENT|no such file/);
  });
});
