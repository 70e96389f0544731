// Thin route: the account micro-frontend owns this page's data and forms.
import { decideClaim, loadConsole } from '@shabaka/domain-workspace';
import type { Actions } from './$types';

export const load = loadConsole;
export const actions = { claim: decideClaim } satisfies Actions;
