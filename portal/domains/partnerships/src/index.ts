export { manifest } from './manifest.js';
export { organizationSections } from './organization-sections.js';
export * from './loads.js';
export * from './actions.js';
export { default as ListingsPage } from './pages/ListingsPage.svelte';
export { default as InstitutionsPage } from './pages/InstitutionsPage.svelte';
export { default as InstitutionPage } from './pages/InstitutionPage.svelte';
export { default as EditorPage } from './pages/EditorPage.svelte';
// matchmaking days
export * from './matchmaking-loads.js';
export * from './matchmaking-actions.js';
export { default as MatchmakingDaysPage } from './pages/matchmaking/MatchmakingDaysPage.svelte';
export { default as MatchmakingDayPage } from './pages/matchmaking/MatchmakingDayPage.svelte';
export { default as MatchmakingAvailabilityPage } from './pages/matchmaking/MatchmakingAvailabilityPage.svelte';
export { default as MatchmakingRequestsPage } from './pages/matchmaking/MatchmakingRequestsPage.svelte';
export { default as MatchmakingAgendaPage } from './pages/matchmaking/MatchmakingAgendaPage.svelte';
export { default as MatchmakingSetupPage } from './pages/matchmaking/MatchmakingSetupPage.svelte';
