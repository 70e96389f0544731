export { manifest } from './manifest.js';
export { default as OverviewPage } from './pages/OverviewPage.svelte';
