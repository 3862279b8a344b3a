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
  const server = await startServer({ dir, base: options.base, port: options.port }).catch(
    (error: unknown) => {
      throw listenError(error, options.port) ?? error;
    },
  );
  process.stdout.write(`Serving ${dir} at ${server.url}  (Ctrl+C to stop)\n`);
}

/** Why the server could not listen on `port`, as something the user can act on. */
function listenError(error: unknown, port: number): CliError | undefined {
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  if (syscall !== 'listen') return undefined;
  const another = 'Choose another --port, or --port 0 for any free one.';
  if (code === 'EADDRINUSE') {
    return new CliError(`Port ${port} on 127.0.0.1 is already in use.`, another, 2);
  }
  if (code === 'EACCES') {
    return new CliError(`Port ${port} needs privileges this user lacks.`, another, 2);
  }
  return undefined;
}
