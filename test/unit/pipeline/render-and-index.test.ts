import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderAndIndex } from '../../../scripts/commands/render-and-index.ts';
import type { BuildOptions } from '../../../scripts/commands/build.ts';
import type { BuildPlan } from '../../../scripts/commands/plan.ts';
import { importDump } from '../../../scripts/import/index.ts';
import { Reporter } from '../../../scripts/utils/reporter.ts';
import { tempDir } from '../../helpers/cli.ts';

const sampleDump = join(import.meta.dirname, '../../../content/sample-dump');
/** Two Astro builds, so the index starts while the second still runs. */
const plan: BuildPlan = { parts: 2, shards: 1, partsPerShard: 2, bundles: ['pagefind'] };

function optionsFor(records: string, out: string): BuildOptions {
  return { out, records, base: '/', jobs: 2, skipInvalid: false, data: true };
}

/** Folders the stage leaves beside the site: the bundles' working folder must be gone. */
function leftBeside(root: string): string[] {
  return readdirSync(root).filter((name) => name.includes('.search-'));
}

describe('renderAndIndex with two Astro builds', () => {
  let records: string;

  beforeAll(() => {
    records = join(tempDir('render-index-records'), 'records');
    importDump({ dumpDir: sampleDump, recordsDir: records });
  });

  test('should index while the last build renders and move the bundle into the site', async () => {
    const root = tempDir('render-index');
    const site = join(root, 'site');
    await renderAndIndex(site, plan, optionsFor(records, join(root, 'out')), new Reporter());
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(
      Object.values(entry.languages as Record<string, { page_count: number }>)[0]!.page_count,
    ).toBeGreaterThan(0);
    expect(leftBeside(root)).toEqual([]);
  }, 180_000);
});
