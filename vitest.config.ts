import { defineConfig } from 'vitest/config';

// `pnpm test` runs every package's tests in one vitest run; each package can also run its own (`pnpm --filter`).
export default defineConfig({
  test: {
    projects: ['api', 'portal/graphql', 'portal/ui', 'portal/shell', 'portal/domains/*', 'portal/e2e'],
  },
});
