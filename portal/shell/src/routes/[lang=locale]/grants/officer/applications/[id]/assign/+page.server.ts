// Thin route: the grants micro-frontend owns this page's data and forms.
import { loadAssign, assignReviewers } from '@shabaka/domain-grants';
import type { Actions } from './$types';

export const load = loadAssign;
export const actions = { assign: assignReviewers } satisfies Actions;
