// Thin route: the grants micro-frontend owns this page's data.
import { loadReviewAssignments } from '@shabaka/domain-grants';

export const load = loadReviewAssignments;
