import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'api',
    include: ['src/**/*.spec.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    // processed by vite like the API's own code, so that it uses the same graphql module (not a second copy)
    server: { deps: { inline: ['@graphql-inspector/core'] } },
    hookTimeout: 60_000,
  },
});
