import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  // the workspace packages ship TypeScript sources: the dev server's SSR must compile them, not hand them to Node
  ssr: { noExternal: [/^@shabaka\//] },
  // SvelteKit's plugin sets Vite's root to the working directory: from the workspace root (`pnpm test`), vitest must
  // still look for the shell's tests here
  test: { name: 'portal-shell', dir: import.meta.dirname, include: ['src/**/*.spec.ts'] },
});
