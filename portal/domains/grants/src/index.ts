export { manifest } from './manifest.js';
export { loadApplication, loadApplicationStep, loadCall, loadCalls, loadConfirm, loadMine } from './loads.js';
export {
  AUTOSAVE_HEADER,
  saveBudgetStep,
  saveLogframeStep,
  saveProjectStep,
  submitFromReview,
} from './steps/step-actions.js';
export type { Autosave } from './steps/steps.js';
export { default as ProjectStepPage } from './steps/ProjectStepPage.svelte';
export { default as LogframeStepPage } from './steps/LogframeStepPage.svelte';
export { default as BudgetStepPage } from './steps/BudgetStepPage.svelte';
export { default as ReviewStepPage } from './steps/ReviewStepPage.svelte';
export { default as StepNav } from './steps/StepNav.svelte';
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
export { downloadReceipt, receiptHref } from './receipt.js';
export {
  attachDocument,
  attachmentHref,
  declinePartner,
  downloadAttachment,
  downloadGuidelines,
  guidelinesHref,
} from './attachments.js';
export { answerQuestion, askQuestion, loadOfficerQuestions } from './questions/questions.js';
export { default as OfficerQuestionsPage } from './questions/OfficerQuestionsPage.svelte';
