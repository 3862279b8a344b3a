import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../../helpers/cli.ts';

const cliPath = fileURLToPath(new URL('../../../scripts/forum-archive.js', import.meta.url));

describe('forum-archive serve', () => {
  test('should name a port already in use and suggest another, without a stack trace', async () => {
    const site = tempDir('serve');
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      // A timeout, since a serve that did start would never exit.
      const run = spawnSync(process.execPath, [cliPath, 'serve', site, '--port', String(port)], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use.`);
      expect(run.stderr).toContain('--port 0 for any free one');
      expect(run.stderr).not.toMatch(/unexpectedly|\n\s+at /);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
