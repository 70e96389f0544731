// Thin route: the grants micro-frontend owns this page's data and forms.
import { confirmPartner, declinePartner, loadConfirm } from '@shabaka/domain-grants';
import type { Actions } from './$types';

export const load = loadConfirm;
export const actions = { confirm: confirmPartner, decline: declinePartner } satisfies Actions;
