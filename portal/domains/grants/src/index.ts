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
export {
  loadAssign,
  loadCallApplications,
  loadRanking,
  loadReviewAssignment,
  loadReviewAssignments,
} from './review/review.loads.js';
export {
  annotateRanking,
  assignReviewers,
  decideEligibility,
  decideReview,
  declareConflict,
  saveReview,
} from './review/review.actions.js';
export { default as ReviewAssignmentsPage } from './pages/review/ReviewAssignmentsPage.svelte';
export { default as ReviewAssignmentPage } from './pages/review/ReviewAssignmentPage.svelte';
export { default as CallApplicationsPage } from './pages/review/CallApplicationsPage.svelte';
export { default as AssignPage } from './pages/review/AssignPage.svelte';
export { default as RankingPage } from './pages/review/RankingPage.svelte';
