export { manifest } from './manifest.js';
export { default as DashboardPage } from './pages/DashboardPage.svelte';
export { default as IndicatorRecordsPage } from './pages/IndicatorRecordsPage.svelte';
export { loadDashboard, loadIndicatorRecords } from './results-loads.js';
