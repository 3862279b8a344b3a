/**
 * Gives the whole test run one temporary folder and deletes it when the run ends, so the hundreds
 * of folders that tests and the CLI children they start create (`mkdtemp` under `os.tmpdir()`)
 * do not pile up in /tmp run after run. `TMPDIR` is set before Vitest starts its workers, which
 * inherit it and pass it on to every process they spawn.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OWNER = 'FORUM_ARCHIVE_TEST_TMP';

export function setup(): () => void {
  if (process.env[OWNER] !== undefined) return () => {};
  const root = mkdtempSync(join(tmpdir(), 'forum-archive-tests-'));
  // Open like /tmp itself: some tests run the CLI as another user (`nobody`).
  chmodSync(root, 0o1777);
  process.env[OWNER] = root;
  process.env.TMPDIR = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
  };
}
