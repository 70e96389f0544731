import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'portal-e2e',
    include: ['src/**/*.e2e.ts'],
    globalSetup: ['src/support/global-setup.ts'],
    // one browser at a time on a 2-core machine: journeys share the platform, not their data
    fileParallelism: false,
    // far above what a journey takes on an idle machine: a loaded 2-core machine runs several times slower
    testTimeout: 300_000,
    hookTimeout: 600_000,
    expect: { poll: { timeout: 60_000 } },
  },
});
