import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, test, vi } from 'vitest';
import { renderAndIndex } from '../../../scripts/commands/render-and-index.ts';
import type { SearchIndexOptions } from '../../../scripts/search/index.ts';
import type { SiteOptions } from '../../../scripts/site/build-site.ts';
import { Reporter } from '../../../scripts/utils/reporter.ts';
import { tempDir } from '../../helpers/cli.ts';

const index = vi.hoisted(() => ({ started: 0, stopped: 0 }));
/** Whether the build that ends well ends before the other fails, or after. */
const builds = vi.hoisted(() => ({ endsWellFirst: true }));

// Astro's two builds: one ends well (with one left, that starts the index), the other fails.
vi.mock('../../../scripts/site/build-site.ts', () => ({
  buildSite: async (options: SiteOptions) => {
    if (builds.endsWellFirst) options.onPartDone?.(1);
    else setTimeout(() => options.onPartDone?.(1), 100);
    await delay(50);
    throw new Error('the second build failed');
  },
}));

// An index that writes into its folder and runs until it is stopped.
vi.mock('../../../scripts/search/index.ts', () => ({
  indexRecords: (_records: string, bundles: string, options: SearchIndexOptions) =>
    new Promise((_, reject) => {
      index.started++;
      mkdirSync(join(bundles, 'pagefind'), { recursive: true });
      options.signal?.addEventListener('abort', () => {
        index.stopped++;
        reject(new Error('index stopped'));
      });
    }),
}));

const plan = { parts: 2, shards: 1, partsPerShard: 2, bundles: ['pagefind'] };

/** Runs the stage into a new folder; resolves to that folder once the stage has failed. */
async function failedStage(): Promise<string> {
  const root = tempDir('render-fail');
  const options = { out: join(root, 'out'), records: root, base: '/', jobs: 2, skipInvalid: false };
  await expect(renderAndIndex(join(root, 'site'), plan, options, new Reporter())).rejects.toThrow(
    'the second build failed',
  );
  return root;
}

/** What the stage left beside the site of its own: its bundles' folder must be gone. */
function leftBeside(root: string): string[] {
  return readdirSync(root).filter((name) => name.includes('.search-'));
}

describe('renderAndIndex when an Astro build fails', () => {
  test('should stop the index it started, remove its folder and report the build’s error', async () => {
    Object.assign(index, { started: 0, stopped: 0 });
    builds.endsWellFirst = true;
    const root = await failedStage();
    expect(index).toEqual({ started: 1, stopped: 1 });
    expect(leftBeside(root)).toEqual([]);
  }, 10_000);

  test('should not start the index when the build that ends well ends after the failure', async () => {
    Object.assign(index, { started: 0, stopped: 0 });
    builds.endsWellFirst = false;
    const root = await failedStage();
    await delay(150);
    expect(index).toEqual({ started: 0, stopped: 0 });
    expect(leftBeside(root)).toEqual([]);
  }, 10_000);
});
