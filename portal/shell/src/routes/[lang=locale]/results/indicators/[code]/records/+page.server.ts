// Thin route: the results micro-frontend owns this page's data (the records behind a figure, officers).
export { loadIndicatorRecords as load } from '@shabaka/domain-results';
