// Thin route: the account micro-frontend owns this page's data and forms.
import { decideVerification, loadCase } from '@shabaka/domain-workspace';
import type { Actions } from './$types';

export const load = loadCase;
export const actions = { decide: decideVerification } satisfies Actions;
