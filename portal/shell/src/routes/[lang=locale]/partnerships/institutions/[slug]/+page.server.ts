// Thin route: the partnerships micro-frontend owns this page's data (an institution's public page).
export { loadInstitution as load } from '@shabaka/domain-partnerships';
