import type { DomainManifest } from '@shabaka/ui';

export const manifest: DomainManifest = {
  id: 'training',
  path: 'training',
  label: { ar: 'بناء القدرات', en: 'Training' },
  // an organisation's workspace links to its training (its registrations, when the training slice lands)
  workspaceSections: [
    {
      id: 'training-registrations',
      label: { ar: 'تسجيلات المنظمة في التدريب', en: "The organisation's training registrations" },
      href: 'training?organization={slug}',
    },
  ],
};
