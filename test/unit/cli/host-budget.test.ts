import { describe, expect, test } from 'vitest';
import type { DirStats } from '../../../scripts/utils/dir-stats.ts';
import { hostWarnings } from '../../../scripts/utils/host-budget.ts';

function site(overrides: Partial<DirStats> = {}): DirStats {
  return {
    files: 1_000,
    bytes: 50_000_000,
    htmlPages: 900,
    largestFile: { path: 't/ab/thread/index.html', bytes: 200_000 },
    largestDir: { path: 't/ab', entries: 300 },
    ...overrides,
  };
}

describe('hostWarnings', () => {
  test('should not warn about a site within every limit', () => {
    expect(hostWarnings(site())).toEqual([]);
  });

  test('should warn at each limit only once it is passed', () => {
    expect(hostWarnings(site({ files: 20_000 }))).toEqual([]);
    expect(hostWarnings(site({ files: 20_001 }))).toEqual([
      'Cloudflare Pages (free plan) rejects sites with more than 20,000 files.',
    ]);
    expect(hostWarnings(site({ largestDir: { path: 'authors/08', entries: 54_001 } }))).toEqual([
      'Netlify rejects sites with a folder with more than 54,000 entries.',
    ]);
    expect(hostWarnings(site({ bytes: 1_000_000_001 }))).toEqual([
      'GitHub Pages rejects sites with more than 1 GB.',
    ]);
  });

  test('should name the published record that is over 25 MB and how to leave it out', () => {
    const largestFile = { path: 'data/forums/635486f20da7.json', bytes: 55_000_000 };
    expect(hostWarnings(site({ largestFile }))).toEqual([
      'Cloudflare Pages rejects sites with a file over 25 MB. Hint: data/forums/635486f20da7.json' +
        ' is a published record: build with --no-data to leave the records out.',
    ]);
  });

  test('should give no hint for a page over 25 MB, which --no-data would not remove', () => {
    const largestFile = { path: 't/ab/huge/index.html', bytes: 30_000_000 };
    expect(hostWarnings(site({ largestFile }))).toEqual([
      'Cloudflare Pages rejects sites with a file over 25 MB.',
    ]);
  });
});
