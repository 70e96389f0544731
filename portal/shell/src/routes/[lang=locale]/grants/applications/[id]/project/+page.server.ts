// Thin route: the grants micro-frontend owns this step's data and form.
import { loadApplicationStep, saveProjectStep } from '@shabaka/domain-grants';
import type { Actions } from './$types';

export const load = loadApplicationStep;
export const actions = { step: saveProjectStep } satisfies Actions;
