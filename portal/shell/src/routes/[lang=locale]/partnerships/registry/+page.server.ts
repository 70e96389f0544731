// Thin route: the partnerships micro-frontend owns this page's data (the public registry of partnerships).
export { loadRegistry as load } from '@shabaka/domain-partnerships';
