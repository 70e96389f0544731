// Thin route: the account micro-frontend owns this page's data and forms.
import { acceptInvitation, loadInvitation } from '@shabaka/domain-workspace';
import type { Actions } from './$types';

export const load = loadInvitation;
export const actions = { default: acceptInvitation } satisfies Actions;
