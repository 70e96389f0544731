// Thin route: the training micro-frontend owns this page's data and forms.
import { cancelRegistration, loadSession, register } from '@shabaka/domain-training';
import type { Actions } from './$types';

export const load = loadSession;
export const actions = { register, cancel: cancelRegistration } satisfies Actions;
