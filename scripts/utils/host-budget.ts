import type { DirStats } from './dir-stats.ts';

/** Published limits of free static hosts that an archive can run into. */
const limits = [
  {
    host: 'Cloudflare Pages (free plan)',
    applies: (s: DirStats) => s.files > 20_000,
    what: 'more than 20,000 files',
  },
  {
    host: 'Netlify',
    applies: (s: DirStats) => s.largestDir.entries > 54_000,
    what: 'a folder with more than 54,000 entries',
  },
  {
    host: 'GitHub Pages',
    applies: (s: DirStats) => s.bytes > 1_000_000_000,
    what: 'more than 1 GB',
  },
  {
    host: 'Cloudflare Pages',
    applies: (s: DirStats) => s.largestFile.bytes > 25_000_000,
    what: 'a file over 25 MB',
  },
];

/** Warnings for each host whose limits this site exceeds. */
export function hostWarnings(stats: DirStats): string[] {
  return limits
    .filter((l) => l.applies(stats))
    .map((l) => `${l.host} rejects sites with ${l.what}.`);
}
