import { organizationSection, type OrganizationSection } from '@shabaka/ui';
import OrganizationListings from './components/OrganizationListings.svelte';
import OrganizationPartnerships from './components/OrganizationPartnerships.svelte';
import type { OrganizationListingsData } from './loads.js';
import type { OrganizationPartnershipsData } from './partnership-loads.js';

/** What partnerships adds to an organisation's public page: its active needs and offers, and its partnerships. */
export const organizationSections: readonly OrganizationSection[] = [
  organizationSection<OrganizationListingsData>({
    id: 'partnerships-listings',
    label: { ar: 'احتياجات المنظمة وعروضها للشراكة', en: 'Needs and offers for partners' },
    // the queries are loaded on the server only (the page's JavaScript never calls load)
    load: async (api, organization) =>
      (await import('./organization-listings.js')).loadOrganizationListings(api, organization),
    component: OrganizationListings,
  }),
  organizationSection<OrganizationPartnershipsData>({
    id: 'partnerships-partnerships',
    label: { ar: 'شراكات المنظمة', en: 'Partnerships' },
    load: async (api, organization) =>
      (await import('./organization-listings.js')).loadOrganizationPartnerships(api, organization),
    component: OrganizationPartnerships,
  }),
];
