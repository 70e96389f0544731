/** Connections return 20 items unless asked, and at most 100 (GitHub's numbers and the GraphQL golden path's). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
