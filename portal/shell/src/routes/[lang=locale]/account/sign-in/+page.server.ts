// Thin route: the account micro-frontend owns this page's data and forms.
import { loadSignedOutPage, signIn } from '@shabaka/domain-identity';
import type { Actions } from './$types';

export const load = loadSignedOutPage;
export const actions = { default: signIn } satisfies Actions;
