// Thin route: the directory micro-frontend owns this page's data.
export { loadHome as load } from '@shabaka/domain-directory';
