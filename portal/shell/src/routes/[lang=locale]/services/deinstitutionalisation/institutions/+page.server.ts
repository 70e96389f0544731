// Thin route: the results micro-frontend owns the officers' list of care institutions.
import { loadDeinstInstitutions } from '@shabaka/domain-results';

export const load = loadDeinstInstitutions;
