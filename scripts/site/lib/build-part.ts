/**
 * One Astro build in its own process: `node build-part.ts <json options>`. The site build runs
 * several of these at once, each rendering its share of the thread pages, to use every core.
 */
import { build } from 'astro';
import { projectRoot } from '../../utils/paths.ts';

interface PartOptions {
  outDir: string;
  base: string;
  site?: string;
}

const options = JSON.parse(process.argv[2]!) as PartOptions;
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// Vite lets these variables override `import.meta.env.BASE_URL`/`SITE` (vitest sets BASE_URL=/),
// which would silently undo --base and --site in every link the pages write.
delete process.env['BASE_URL'];
delete process.env['SITE'];
await build({
  root: projectRoot,
  outDir: options.outDir,
  base: options.base,
  ...(options.site ? { site: options.site } : {}),
  logLevel: 'warn',
});
