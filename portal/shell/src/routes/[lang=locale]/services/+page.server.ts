// Thin route: the services micro-frontend owns this page's data.
export { loadServices as load } from '@shabaka/domain-services';
