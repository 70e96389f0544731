import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  // the workspace packages ship TypeScript sources: the dev server's SSR must compile them, not hand them to Node
  ssr: { noExternal: [/^@shabaka\//] },
  test: { name: 'portal-shell', include: ['src/**/*.spec.ts'] },
});
