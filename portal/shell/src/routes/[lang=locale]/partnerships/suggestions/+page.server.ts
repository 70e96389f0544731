// Thin route: the partnerships micro-frontend owns this page's data (partner suggestions for the viewer's parties).
export { loadSuggestions as load } from '@shabaka/domain-partnerships';
