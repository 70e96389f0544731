// Thin route: the directory micro-frontend owns this page's data.
export { loadDirectory as load } from '@shabaka/domain-directory';
