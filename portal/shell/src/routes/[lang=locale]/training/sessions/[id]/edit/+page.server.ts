// Thin route: the training micro-frontend owns this page's data and forms (officers).
import { cancelSession, loadSessionEdit, updateSession } from '@shabaka/domain-training';
import type { Actions } from './$types';

export const load = loadSessionEdit;
// named: SvelteKit refuses a default action beside named ones
export const actions = { save: updateSession, cancelSession } satisfies Actions;
