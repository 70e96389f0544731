// Thin route: the partnerships micro-frontend owns this page's data and forms (requests inbox and outbox).
import { acceptRequest, declineRequest, loadRequests, withdrawRequest } from '@shabaka/domain-partnerships';
import type { Actions } from './$types';

export const load = loadRequests;
export const actions = { accept: acceptRequest, decline: declineRequest, withdraw: withdrawRequest } satisfies Actions;
