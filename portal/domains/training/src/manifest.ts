import type { DomainManifest } from '@shabaka/ui';

export const manifest: DomainManifest = {
  id: 'training',
  path: 'training',
  label: { ar: 'بناء القدرات', en: 'Training' },
};
