// Thin route: the partnerships micro-frontend owns this page's data (the officers' overview).
export { loadOverview as load } from '@shabaka/domain-partnerships';
