// Thin route: the training micro-frontend owns this page's data and form (officers).
import { createSession, loadSessionForm } from '@shabaka/domain-training';
import type { Actions } from './$types';

export const load = loadSessionForm;
export const actions = { default: createSession } satisfies Actions;
