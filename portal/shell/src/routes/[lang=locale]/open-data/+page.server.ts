// Thin route: the directory micro-frontend owns this page's data.
export { loadOpenData as load } from '@shabaka/domain-directory';
