// Thin route: the training micro-frontend owns this page's data.
export { loadCatalogue as load } from '@shabaka/domain-training';
