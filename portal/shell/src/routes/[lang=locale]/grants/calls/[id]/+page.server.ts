// Thin route: the grants micro-frontend owns this page's data and forms.
import { askQuestion, loadCall, startApplication } from '@shabaka/domain-grants';
import type { Actions } from './$types';

export const load = loadCall;
export const actions = { start: startApplication, ask: askQuestion } satisfies Actions;
