export { manifest } from './manifest.js';
export { loadApplication, loadCall, loadCalls } from './loads.js';
export { saveApplication, startApplication, submitApplication } from './actions.js';
export { default as CallsPage } from './pages/CallsPage.svelte';
export { default as CallPage } from './pages/CallPage.svelte';
export { default as ApplicationPage } from './pages/ApplicationPage.svelte';
