// Thin route: the training micro-frontend owns this page's data and forms.
import { cancelRegistration, loadMyRegistrations, withdrawConsent } from '@shabaka/domain-training';
import type { Actions } from './$types';

export const load = loadMyRegistrations;
export const actions = { cancel: cancelRegistration, withdraw: withdrawConsent } satisfies Actions;
