import type { DomainManifest } from '@shabaka/ui';

export const manifest: DomainManifest = {
  id: 'participation',
  path: 'participation',
  label: { ar: 'المشاركة في السياسات', en: 'Participation' },
  // an organisation's workspace links to the consultations open to its contributions
  workspaceSections: [
    {
      id: 'participation-consultations',
      label: { ar: 'المشاورات حول السياسات', en: 'Policy consultations' },
      href: 'participation',
    },
  ],
};
