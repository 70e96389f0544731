// Thin route: the partnerships micro-frontend owns this page's data (the public institutions).
export { loadInstitutions as load } from '@shabaka/domain-partnerships';
