import type { DomainManifest } from '@shabaka/ui';

export const manifest: DomainManifest = { id: 'results', path: 'results', label: { ar: 'النتائج', en: 'Results' } };
