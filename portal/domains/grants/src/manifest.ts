import type { DomainManifest } from '@shabaka/ui';

export const manifest: DomainManifest = { id: 'grants', path: 'grants', label: { ar: 'المنح', en: 'Grants' } };
