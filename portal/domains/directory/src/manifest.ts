import type { DomainManifest } from '@shabaka/ui';

export const manifest: DomainManifest = {
  id: 'directory',
  path: 'directory',
  label: { ar: 'الدليل', en: 'Directory' },
};
