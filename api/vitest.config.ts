import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'api',
    include: ['src/**/*.spec.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // far above what a test takes on an idle machine (seconds): a loaded 2-core machine runs several times slower
    testTimeout: 120_000,
    // processed by vite like the API's own code, so that it uses the same graphql module (not a second copy)
    server: { deps: { inline: ['@graphql-inspector/core'] } },
    hookTimeout: 300_000,
    // a condition polled with expect.poll is met within milliseconds normally; wait for it, not for a deadline
    expect: { poll: { timeout: 60_000 } },
  },
});
