// Thin route: the participation micro-frontend owns this page's data.
export { loadReport as load } from '@shabaka/domain-participation';
