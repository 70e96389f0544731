// Thin route: the account micro-frontend owns this page's data and forms.
import { claimOrganization, loadClaim } from '@shabaka/domain-workspace';
import type { Actions } from './$types';

export const load = loadClaim;
export const actions = { default: claimOrganization } satisfies Actions;
