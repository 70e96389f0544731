import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    adapter: adapter({ out: 'build', precompress: true }),
    // A domain that must one day deploy on its own becomes its own SvelteKit app under a sub-path (paths.base).
    paths: { base: '' },
  },
};
