import type { DomainManifest } from '@shabaka/ui';

export const manifest: DomainManifest = {
  id: 'partnerships',
  path: 'partnerships',
  label: { ar: 'الشراكات', en: 'Partnerships' },
};
