export { manifest } from './manifest.js';
export { default as DeinstFiguresPage } from './pages/DeinstFiguresPage.svelte';
export { default as DeinstInstitutionsPage } from './pages/DeinstInstitutionsPage.svelte';
export { default as DeinstInstitutionFormPage } from './pages/DeinstInstitutionFormPage.svelte';
export { default as DeinstQuarterFormPage } from './pages/DeinstQuarterFormPage.svelte';
export {
  createDeinstInstitution,
  downloadDeinstCsv,
  loadDeinstFigures,
  loadDeinstInstitutionEdit,
  loadDeinstInstitutionNew,
  loadDeinstInstitutions,
  loadDeinstQuarterForm,
  recordDeinstQuarter,
  updateDeinstInstitution,
} from './deinstitutionalisation.js';
export { default as DashboardPage } from './pages/DashboardPage.svelte';
export { default as IndicatorRecordsPage } from './pages/IndicatorRecordsPage.svelte';
export { loadDashboard, loadIndicatorRecords } from './results-loads.js';
