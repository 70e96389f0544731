// Thin route: the results micro-frontend owns this page's data and form (officers).
import { loadDeinstInstitutionEdit, updateDeinstInstitution } from '@shabaka/domain-results';
import type { Actions } from './$types';

export const load = loadDeinstInstitutionEdit;
export const actions = { default: updateDeinstInstitution } satisfies Actions;
