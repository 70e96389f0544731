// Thin route: the grants micro-frontend owns this page's data.
export { loadCalls as load } from '@shabaka/domain-grants';
