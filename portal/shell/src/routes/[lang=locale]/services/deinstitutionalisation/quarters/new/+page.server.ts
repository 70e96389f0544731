// Thin route: the results micro-frontend owns this page's data and form (officers).
import { loadDeinstQuarterForm, recordDeinstQuarter } from '@shabaka/domain-results';
import type { Actions } from './$types';

export const load = loadDeinstQuarterForm;
export const actions = { default: recordDeinstQuarter } satisfies Actions;
