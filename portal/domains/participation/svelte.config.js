// Svelte compiler options for this package (vitest, svelte-check and svelte-package read it).
export default {};
