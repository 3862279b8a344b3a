// @ts-check
import { defineConfig } from 'astro/config';

// `forum-archive build` passes outDir, base and site as inline config; these are the defaults for
// `astro check` and `astro dev`. The records the pages read come from FORUM_ARCHIVE_RECORDS
// (default: ./content), see src/utils/records.ts.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2, inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  prefetch: false,
  // Every script and stylesheet as a file, never inlined: the pages' Content-Security-Policy
  // (src/utils/csp.ts) allows no inline code. Page scripts are bundled like workers, as ES
  // modules, so that they can be linked page-relatively (src/components/PageScript.astro).
  vite: { build: { assetsInlineLimit: 0 }, worker: { format: 'es' } },
});
