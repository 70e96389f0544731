// Thin route: the results micro-frontend owns this page's data and form (officers).
import { createDeinstInstitution, loadDeinstInstitutionNew } from '@shabaka/domain-results';
import type { Actions } from './$types';

export const load = loadDeinstInstitutionNew;
export const actions = { default: createDeinstInstitution } satisfies Actions;
