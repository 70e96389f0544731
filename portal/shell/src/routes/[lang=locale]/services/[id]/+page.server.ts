// Thin route: the services micro-frontend owns this page's data.
export { loadService as load } from '@shabaka/domain-services';
