import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'portal-e2e',
    include: ['src/**/*.e2e.ts'],
    globalSetup: ['src/support/global-setup.ts'],
    // one browser at a time on a 2-core machine: journeys share the platform, not their data
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
