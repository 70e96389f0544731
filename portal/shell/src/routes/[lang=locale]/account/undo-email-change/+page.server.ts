// Thin route: the account micro-frontend owns this page's data and forms.
import { loadTokenPage, undoEmailChange } from '@shabaka/domain-identity';
import type { Actions } from './$types';

export const load = loadTokenPage;
export const actions = { default: undoEmailChange } satisfies Actions;
