// Thin route: the grants micro-frontend owns this step's data and form.
import { loadApplicationStep, submitFromReview } from '@shabaka/domain-grants';
import type { Actions } from './$types';

export const load = loadApplicationStep;
export const actions = { submit: submitFromReview } satisfies Actions;
