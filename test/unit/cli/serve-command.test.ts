import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliPath, tempDir } from '../../helpers/cli.ts';

/** Runs `forum-archive serve` (as `nobody` when the tests run as root, who may use any port). */
function serve(args: string[]) {
  const command = [process.execPath, cliPath, 'serve', ...args];
  const asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'nobody', '--'] : [];
  const [file, ...rest] = [...asUser, ...command];
  // A timeout, since a serve that did start would never exit.
  return spawnSync(file!, rest, { encoding: 'utf8', timeout: 20_000 });
}

/** A folder `serve` accepts, readable by `nobody` too. */
function builtSite(): string {
  const site = tempDir('serve');
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');
  chmodSync(site, 0o755);
  return site;
}

describe('forum-archive serve', () => {
  test('should name a port already in use and suggest another, without a stack trace', async () => {
    const site = builtSite();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const run = serve([site, '--port', String(port)]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use.`);
      expect(run.stderr).toContain('--port 0 for any free one');
      expect(run.stderr).not.toMatch(/unexpectedly|\n\s+at /);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  test('should name a port that needs privileges and suggest another', () => {
    const site = builtSite();
    // The highest privileged port: the kernel lets only privileged users listen below this.
    const start = Number(readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8'));
    expect(start, 'this machine has no privileged ports').toBeGreaterThan(0);
    const run = serve([site, '--port', String(start - 1)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Port ${start - 1} needs privileges this user lacks.`);
    expect(run.stderr).not.toMatch(/unexpectedly|\n\s+at /);
  });
});
