import { fileURLToPath } from 'node:url';

/** The forum-archive package folder (holds astro.config.mjs, src/, content/). */
export const projectRoot: string = fileURLToPath(new URL('../../', import.meta.url));

/** The dump a bare `forum-archive build` uses. */
export const sampleDump: string = fileURLToPath(
  new URL('../../content/sample-dump/', import.meta.url),
);

/** Where records go when no folder is named: the design card's `content/`. */
export const defaultRecordsDir: string = fileURLToPath(
  new URL('../../content/records/', import.meta.url),
);
