// Thin route: the grants micro-frontend owns this step's data and forms.
import { attachDocument, loadApplicationStep, submitFromReview } from '@shabaka/domain-grants';
import type { Actions } from './$types';

export const load = loadApplicationStep;
export const actions = { submit: submitFromReview, attach: attachDocument } satisfies Actions;
