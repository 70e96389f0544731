// Thin route: the participation micro-frontend owns this page's data.
export { loadConsultations as load } from '@shabaka/domain-participation';
