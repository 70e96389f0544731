import { organizationSection, type OrganizationSection } from '@shabaka/ui';
import OrganizationServices from './components/OrganizationServices.svelte';
import type { OrganizationServicesData } from './loads.js';

/** What services adds to an organisation's public page: the services it offers. */
export const organizationSections: readonly OrganizationSection[] = [
  organizationSection<OrganizationServicesData>({
    id: 'services',
    label: { ar: 'الخدمات التي تقدمها المنظمة', en: 'Services offered' },
    // loaded on the server only (the page's JavaScript never calls load)
    load: async (api, organization) => (await import('./loads.js')).loadOrganizationServices(api, organization),
    component: OrganizationServices,
  }),
];
