// Thin route: the partnerships micro-frontend owns this page's data and form (send a request: ?to=&listing=).
import { loadRequestNew, sendRequest } from '@shabaka/domain-partnerships';
import type { Actions } from './$types';

export const load = loadRequestNew;
export const actions = { default: sendRequest } satisfies Actions;
