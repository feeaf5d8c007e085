import { defineConfig } from 'vitest/config';

// The test workspace: every package and app with tests has its own vitest.config.ts (a "project").
// `pnpm test` runs them all, then the Playwright end-to-end suite in apps/web/e2e.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
  },
});
