export { manifest } from './manifest.js';
export * from './loads.js';
export * from './actions.js';
export { default as CasePage } from './pages/CasePage.svelte';
export { default as ClaimPage } from './pages/ClaimPage.svelte';
export { default as ConsolePage } from './pages/ConsolePage.svelte';
export { default as InvitationPage } from './pages/InvitationPage.svelte';
export { default as RegisterPage } from './pages/RegisterPage.svelte';
export { default as WorkspacePage } from './pages/WorkspacePage.svelte';
