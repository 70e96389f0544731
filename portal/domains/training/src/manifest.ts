import type { DomainManifest } from '@shabaka/ui';

export const manifest: DomainManifest = {
  id: 'training',
  path: 'training',
  label: { ar: 'بناء القدرات', en: 'Training' },
  // an organisation's workspace links to the reader's training registrations for that organisation
  workspaceSections: [
    {
      id: 'training-registrations',
      label: { ar: 'تسجيلاتي في التدريب باسم المنظمة', en: 'My training registrations for the organisation' },
      href: 'training/mine?organization={slug}',
    },
    {
      id: 'training-organization-registrations',
      label: { ar: 'تسجيلات المنظمة في التدريب', en: "The organisation's training registrations" },
      href: 'training/organizations/{slug}',
    },
  ],
};
