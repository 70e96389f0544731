// Thin route: the grants micro-frontend owns this page's data and forms.
import { loadCallApplications, decideEligibility } from '@shabaka/domain-grants';
import type { Actions } from './$types';

export const load = loadCallApplications;
export const actions = { eligibility: decideEligibility } satisfies Actions;
