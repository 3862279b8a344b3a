import { sep } from 'node:path';
import type { DirStats } from './dir-stats.ts';

interface HostLimit {
  host: string;
  applies: (stats: DirStats) => boolean;
  what: string;
  /** What the user can do about it, when this tool knows. */
  hint?: (stats: DirStats) => string | undefined;
}

/** Published limits of free static hosts that an archive can run into. */
const limits: HostLimit[] = [
  {
    host: 'Cloudflare Pages (free plan)',
    applies: (s) => s.files > 20_000,
    what: 'more than 20,000 files',
  },
  {
    host: 'Netlify',
    applies: (s) => s.largestDir.entries > 54_000,
    what: 'a folder with more than 54,000 entries',
  },
  {
    host: 'GitHub Pages',
    applies: (s) => s.bytes > 1_000_000_000,
    what: 'more than 1 GB',
  },
  {
    host: 'Cloudflare Pages',
    applies: (s) => s.largestFile.bytes > 25_000_000,
    what: 'a file over 25 MB',
    // A large forum's thread list is the one file that outgrows this, and only as published data.
    hint: (s) =>
      s.largestFile.path.split(sep)[0] === 'data'
        ? `${s.largestFile.path} is a published record: build with --no-data to leave the records out`
        : undefined,
  },
];

/** Warnings for each host whose limits this site exceeds, with a hint where one helps. */
export function hostWarnings(stats: DirStats): string[] {
  return limits
    .filter((limit) => limit.applies(stats))
    .map((limit) => {
      const hint = limit.hint?.(stats);
      return `${limit.host} rejects sites with ${limit.what}.${hint ? ` Hint: ${hint}.` : ''}`;
    });
}
