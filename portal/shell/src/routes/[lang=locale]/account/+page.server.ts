// Thin route: the account micro-frontend owns this page's data and forms.
import { createToken, loadAccount, revokeSession, revokeToken, signOut } from '@shabaka/domain-identity';
import type { Actions } from './$types';

export const load = loadAccount;
export const actions = { revokeSession, createToken, revokeToken, signOut } satisfies Actions;
