// Thin route: the results micro-frontend owns this page's data (the public dashboard).
export { loadDashboard as load } from '@shabaka/domain-results';
