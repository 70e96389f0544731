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
    // the browser asks the server which route an address is (one small request on a client-side navigation) instead
    // of carrying every route's pattern and loader list in each page's JavaScript: the route table grows with every
    // domain's pages and was paid by every first load, public ones included (the 50 KB budget)
    router: { resolution: 'server' },
  },
};
