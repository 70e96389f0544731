import type { DomainManifest } from '@shabaka/ui';

export const manifest: DomainManifest = {
  id: 'grants',
  path: 'grants',
  label: { ar: 'المنح', en: 'Grants' },
  // an organisation's workspace links to the reader's grant applications (as lead, co-applicant or associate)
  workspaceSections: [
    { id: 'grant-applications', label: { ar: 'طلبات المنح', en: 'Grant applications' }, href: 'grants/mine' },
  ],
};
