import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** The site's root URL, ending in the base path, e.g. `http://127.0.0.1:41234/sub/`. */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  dir: string;
  /** URL path the site was built for (`--base`), `/` or `/sub/`. */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
}

/** Serves a built archive on 127.0.0.1 the way a plain static host would (no rewrites). */
export async function startServer({
  dir,
  base = '/',
  port = 0,
}: ServeOptions): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: true });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.writeHead(404).end('Not found');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => sendNotFound(dir, res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function sendNotFound(dir: string, res: ServerResponse): void {
  const page = join(dir, '404.html');
  if (!existsSync(page)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(page));
}
