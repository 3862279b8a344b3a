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
await import('./cli.ts');
