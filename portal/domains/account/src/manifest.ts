import type { DomainManifest } from '@shabaka/ui';

export const manifest: DomainManifest = { id: 'account', path: 'account', label: { ar: 'حسابي', en: 'My account' } };
