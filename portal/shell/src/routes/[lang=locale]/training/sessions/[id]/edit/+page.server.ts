// Thin route: the training micro-frontend owns this page's data and forms (officers).
import { cancelSession, loadSessionEdit, updateSession } from '@shabaka/domain-training';
import type { Actions } from './$types';

export const load = loadSessionEdit;
export const actions = { default: updateSession, cancelSession } satisfies Actions;
