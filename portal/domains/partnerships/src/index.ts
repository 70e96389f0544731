export { manifest } from './manifest.js';
export { organizationSections } from './organization-sections.js';
export * from './loads.js';
export * from './actions.js';
export { default as ListingsPage } from './pages/ListingsPage.svelte';
export { default as InstitutionsPage } from './pages/InstitutionsPage.svelte';
export { default as InstitutionPage } from './pages/InstitutionPage.svelte';
export { default as EditorPage } from './pages/EditorPage.svelte';
export { default as SuggestionsPage } from './pages/SuggestionsPage.svelte';
