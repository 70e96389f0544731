// Thin route: the partnerships micro-frontend owns this page's data (the public needs and offers).
export { loadListings as load } from '@shabaka/domain-partnerships';
