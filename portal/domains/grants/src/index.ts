export { manifest } from './manifest.js';
export { loadApplication, loadCall, loadCalls, loadConfirm, loadMine } from './loads.js';
export {
  confirmPartner,
  invitePartner,
  removePartner,
  saveApplication,
  startApplication,
  submitApplication,
} from './actions.js';
export { default as CallsPage } from './pages/CallsPage.svelte';
export { default as CallPage } from './pages/CallPage.svelte';
export { default as ApplicationPage } from './pages/ApplicationPage.svelte';
export { default as ConfirmPage } from './pages/ConfirmPage.svelte';
export { default as MinePage } from './pages/MinePage.svelte';
export { unsavedWarning } from './unsaved.js';
