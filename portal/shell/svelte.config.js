import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    adapter: adapter({ out: 'build', precompress: true }),
    // A domain that must one day deploy on its own becomes its own SvelteKit app under a sub-path (paths.base).
    // Absolute paths: with SvelteKit's default (relative), `base` is "." or "../.." in the server's HTML, and the
    // links computed from the path (the language switch, the current section) came out as ".ar/en" until hydration.
    paths: { base: '', relative: false },
    // component styles are small: inlined in the page's <head> they cost no request each (a weak connection pays
    // a round trip per file, and the browser's parser work per resource)
    inlineStyleThreshold: 8192,
  },
};
