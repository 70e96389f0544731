import { organizationSection, type OrganizationSection } from '@shabaka/ui';
import OrganizationListings from './components/OrganizationListings.svelte';
import type { OrganizationListingsData } from './loads.js';

/** What partnerships adds to an organisation's public page: its active needs and offers. */
export const organizationSections: readonly OrganizationSection[] = [
  organizationSection<OrganizationListingsData>({
    id: 'partnerships-listings',
    label: { ar: 'احتياجات المنظمة وعروضها للشراكة', en: 'Needs and offers for partners' },
    // the queries are loaded on the server only (the page's JavaScript never calls load)
    load: async (api, organization) =>
      (await import('./organization-listings.js')).loadOrganizationListings(api, organization),
    component: OrganizationListings,
  }),
];
