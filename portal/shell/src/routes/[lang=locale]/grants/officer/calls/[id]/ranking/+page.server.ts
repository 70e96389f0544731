// Thin route: the grants micro-frontend owns this page's data and forms.
import { loadRanking, annotateRanking, decideReview } from '@shabaka/domain-grants';
import type { Actions } from './$types';

export const load = loadRanking;
export const actions = { annotate: annotateRanking, decide: decideReview } satisfies Actions;
