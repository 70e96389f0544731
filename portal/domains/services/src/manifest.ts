import type { DomainManifest } from '@shabaka/ui';

export const manifest: DomainManifest = {
  id: 'services',
  path: 'services',
  label: { ar: 'الخدمات', en: 'Services' },
  // an organisation's workspace links to its services: places and waiting list in two clicks
  workspaceSections: [
    {
      id: 'services-manage',
      label: { ar: 'خدمات المنظمة والأماكن المتاحة', en: "The organisation's services and places" },
      href: 'services/manage/{slug}',
    },
  ],
};
