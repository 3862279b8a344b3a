import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../serve/index.ts';
import { CliError } from '../utils/cli-error.ts';

/** `forum-archive serve [DIR]`: a static server on 127.0.0.1 for previewing or reading offline. */
export async function serveCommand(dir: string, options: { port: number; base: string }) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new CliError(
      `${dir} holds no built archive (no index.html).`,
      'Run `forum-archive build` first.',
      2,
    );
  }
  const server = await startServer({ dir, base: options.base, port: options.port });
  process.stdout.write(`Serving ${dir} at ${server.url}  (Ctrl+C to stop)\n`);
}
