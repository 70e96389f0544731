import type { DomainManifest } from '@shabaka/ui';

/** Sign-up, sign-in, passwords, sessions and API tokens: who someone is on the platform (under /account). */
export const manifest: DomainManifest = { id: 'identity', path: 'account', label: { ar: 'حسابي', en: 'My account' } };
