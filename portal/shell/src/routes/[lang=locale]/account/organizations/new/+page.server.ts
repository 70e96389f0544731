// Thin route: the account micro-frontend owns this page's data and forms.
import { loadRegister, registerOrganization } from '@shabaka/domain-workspace';
import type { Actions } from './$types';

export const load = loadRegister;
export const actions = { default: registerOrganization } satisfies Actions;
