import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importerFor } from '../../../scripts/import/index.ts';
import type { ThreadDraft } from '../../../scripts/records/index.ts';
import { walkDump } from '../../../scripts/read/walk.ts';

const valid = 'Forum\nTitle\n\nPost 11 Apr 2015, 14:58\nHello\n';

function freshDump(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'forum-archive-reader-')), 'dump');
  mkdirSync(dir);
  writeFileSync(join(dir, 'good.txt'), valid);
  return dir;
}

function run(dump: string) {
  const drafts: ThreadDraft[] = [];
  const outcome = importerFor(dump, 'text').run(
    dump,
    (draft) => drafts.push(draft),
    () => {},
  );
  return { drafts, outcome };
}

describe('the text dump reader on files it cannot read', () => {
  // Tests may run as root, whom no file mode stops: a file too large to read into memory takes
  // the same error path (readFileSync throws) on any machine. It is sparse, so it costs no disk.
  test('should reject a file that cannot be read as unreadable and keep the others', () => {
    const dump = freshDump();
    const big = join(dump, 'huge.txt');
    writeFileSync(big, '');
    truncateSync(big, 2 ** 31 + 1);
    const { drafts, outcome } = run(dump);
    expect(drafts.map((draft) => draft.source)).toEqual(['good.txt']);
    expect(outcome.rejected).toEqual([
      { file: 'huge.txt', line: null, reason: 'unreadable', message: expect.any(String) },
    ]);
    expect(outcome.files).toBe(2);
    expect(outcome.digests.map((digest) => digest.source)).toEqual(['good.txt']);
  });

  test('should report a dump path that cannot be listed as an unreadable folder', () => {
    const dump = freshDump();
    const listing = walkDump(join(dump, 'good.txt'), () => true);
    expect(listing.files).toEqual([]);
    expect(listing.unreadable).toEqual([
      { source: '.', message: expect.stringMatching(/ENOTDIR/) },
    ]);
  });

  test('should pass over, and name, a dangling symlink and a FIFO instead of hanging on them', () => {
    const dump = freshDump();
    symlinkSync(join(dump, 'missing.txt'), join(dump, 'dangling.txt'));
    execFileSync('mkfifo', [join(dump, 'pipe.txt')]);
    const { drafts, outcome } = run(dump);
    expect(drafts).toHaveLength(1);
    expect(outcome.ignored.sort()).toEqual(['dangling.txt', 'pipe.txt']);
    expect(outcome.rejected).toEqual([]);
  });
});
