import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'portal-graphql', include: ['src/**/*.spec.ts'] } });
