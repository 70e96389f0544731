// Thin route: the grants micro-frontend owns this page's data and forms.
import { confirmPartner, loadConfirm } from '@shabaka/domain-grants';
import type { Actions } from './$types';

export const load = loadConfirm;
export const actions = { confirm: confirmPartner } satisfies Actions;
