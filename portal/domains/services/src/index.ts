export { manifest } from './manifest.js';
export { organizationSections } from './organization-sections.js';
export * from './loads.js';
export * from './actions.js';
export { default as SearchPage } from './pages/SearchPage.svelte';
export { default as ServicePage } from './pages/ServicePage.svelte';
export { default as ManagePage } from './pages/ManagePage.svelte';
