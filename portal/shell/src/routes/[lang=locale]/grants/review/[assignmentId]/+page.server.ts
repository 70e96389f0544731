// Thin route: the grants micro-frontend owns this page's data and forms.
import { loadReviewAssignment, saveReview, declareConflict } from '@shabaka/domain-grants';
import type { Actions } from './$types';

export const load = loadReviewAssignment;
export const actions = { scores: saveReview, conflict: declareConflict } satisfies Actions;
