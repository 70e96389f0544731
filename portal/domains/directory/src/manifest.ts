import type { DomainManifest } from '@shabaka/ui';

export const manifest: DomainManifest = { id: 'directory', path: '', label: { ar: 'الدليل', en: 'Directory' } };
