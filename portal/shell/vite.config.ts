import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  test: { name: 'portal-shell', include: ['src/**/*.spec.ts'] },
});
