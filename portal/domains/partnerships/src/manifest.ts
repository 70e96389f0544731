import { organizationSection, type DomainManifest } from '@shabaka/ui';
import type { OrganizationListingsData } from './loads.js';

export const manifest: DomainManifest = {
  id: 'partnerships',
  path: 'partnerships',
  label: { ar: 'الشراكات', en: 'Partnerships' },
  // an organisation's workspace links to its needs and offers editor
  workspaceSections: [
    {
      id: 'partnerships-listings',
      label: { ar: 'الاحتياجات والعروض', en: 'Needs and offers' },
      href: 'partnerships/manage/organizations/{slug}',
    },
  ],
  // an organisation's public page shows its active needs and offers (queries and component loaded there only)
  organizationSections: [
    organizationSection<OrganizationListingsData>({
      id: 'partnerships-listings',
      label: { ar: 'احتياجات المنظمة وعروضها للشراكة', en: 'Needs and offers for partners' },
      load: async (api, organization) =>
        (await import('./organization-listings.js')).loadOrganizationListings(api, organization),
      component: () => import('./components/OrganizationListings.svelte'),
    }),
  ],
};
