/**
 * Real static servers for the hosting tests: Debian's nginx and `python3 -m http.server`, each
 * started as a child process on 127.0.0.1 with a free port and stopped by the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A server child process and the URL it answers on. */
export interface ChildServer {
  /** `http://127.0.0.1:<port>/` */
  origin: string;
  stop(): Promise<void>;
}

export const NGINX = '/usr/sbin/nginx';

/** A port that was free a moment ago (the child binds it next). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Polls `url` until it answers (any status), or fails after `ms`. */
async function waitForHttp(url: string, child: ChildProcess, log: () => string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`server did not answer ${url} within ${ms} ms: ${log()}`);
}

/**
 * nginx serving `site` both at `/` and under `/sub/` (an `alias`), with the site's `404.html`,
 * from a generated config in a prefix folder under the temp dir (`daemon off;`, so it is the
 * child process itself and stops with it).
 */
export async function startNginx(site: string): Promise<ChildServer> {
  const prefix = mkdtempSync(join(tmpdir(), 'forum-archive-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const port = await freePort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${join(prefix, name)};`)
    .join('\n');
  const config = `
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'logs', 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
${temp}
  server {
    listen 127.0.0.1:${port};
    location / {
      root ${site};
      error_page 404 /404.html;
    }
    location /sub/ {
      alias ${site}/;
      error_page 404 /sub/404.html;
    }
  }
}
`;
  const file = join(prefix, 'nginx.conf');
  writeFileSync(file, config);
  let output = '';
  const child = spawn(NGINX, ['-p', prefix, '-c', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}/`;
  await waitForHttp(origin, child, () => output);
  return { origin, stop: () => stop(child) };
}

/** `python3 -m http.server` over a folder holding `site` as `<folder>/` (a symlink). */
export async function startPythonServer(site: string, folder = 'sub'): Promise<ChildServer> {
  const root = mkdtempSync(join(tmpdir(), 'forum-archive-python-'));
  symlinkSync(site, join(root, folder));
  const port = await freePort();
  let output = '';
  const child = spawn(
    'python3',
    ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}/`;
  await waitForHttp(origin, child, () => output);
  return { origin, stop: () => stop(child) };
}
