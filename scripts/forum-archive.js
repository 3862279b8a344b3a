#!/usr/bin/env node
// The command-line entry. Node 24 runs the TypeScript sources directly (type stripping), so there is
// no compile step; `npm run` and `npx` put the project's pinned Node first on PATH.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `forum-archive needs Node 22.18 or newer (this is ${process.version}).\n` +
      'hint: run it through npm (`npm run build`, `npx forum-archive`), which uses the Node 24 the project installs.\n',
  );
  process.exit(2);
}
// Node keeps the compiled code of every module (ours, Astro's, Pagefind's) in a cache folder in
// the temp directory, so a later run, its Astro builds and its workers skip most compiling:
// `--version` took 0.95 s without it and 0.6 s with it. Child processes inherit it by the variable.
const { enableCompileCache } = await import('node:module');
process.env.NODE_COMPILE_CACHE ??= (await import('node:path')).join(
  (await import('node:os')).tmpdir(),
  'forum-archive-compile-cache',
);
enableCompileCache(process.env.NODE_COMPILE_CACHE);
await import('./cli.ts');
