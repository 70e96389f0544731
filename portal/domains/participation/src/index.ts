export { manifest } from './manifest.js';
export { downloadContributionsCsv, loadConsultation, loadConsultations, loadReport } from './loads.js';
export { answer, changes, contribute, editContribution, endorse, publishReport } from './actions.js';
export { default as ConsultationsPage } from './pages/ConsultationsPage.svelte';
export { default as ConsultationPage } from './pages/ConsultationPage.svelte';
export { default as ReportPage } from './pages/ReportPage.svelte';
