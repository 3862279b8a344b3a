import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Astro's Vite config compiles `.astro` files, so the site's render tests can use the
      // container API (`astro/container`); plain TypeScript tests are unaffected.
      getViteConfig({
        test: {
          name: 'unit',
          globalSetup: ['test/setup/temp-root.ts'],
          include: ['test/unit/**/*.test.ts'],
        },
      }),
      {
        test: {
          name: 'e2e',
          globalSetup: ['test/setup/temp-root.ts'],
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
