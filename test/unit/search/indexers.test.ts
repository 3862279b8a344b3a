import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { indexRecords } from '../../../scripts/search/index.ts';
import { sampleDump } from '../../../scripts/utils/paths.ts';
import { runCli, tempDir } from '../../helpers/cli.ts';
import { readBundle, type Bundle } from '../../helpers/pagefind-bundle.ts';

let bundle: Bundle;
let pagefind: Bundle;

beforeAll(async () => {
  const records = join(tempDir('records'), 'records');
  expect(runCli(['parse', sampleDump, '--out', records]).status).toBe(0);
  const out = tempDir('bundles');
  const options = { shards: 1, concurrency: 1 };
  await indexRecords(records, join(out, 'bundle'), { ...options, indexer: 'bundle' });
  await indexRecords(records, join(out, 'pagefind'), { ...options, indexer: 'pagefind' });
  bundle = readBundle(join(out, 'bundle', 'pagefind'));
  pagefind = readBundle(join(out, 'pagefind', 'pagefind'));
}, 60_000);

describe('indexRecords with either indexer', () => {
  test('should index the same pages with the same text', () => {
    expect(bundle.fragments.size).toBeGreaterThan(0);
    expect([...bundle.fragments.keys()].sort()).toEqual([...pagefind.fragments.keys()].sort());
    for (const [url, fragment] of pagefind.fragments) {
      expect(bundle.fragments.get(url)?.content, url).toBe(fragment.content);
    }
  });
});
