import { organizationSections as partnerships } from '@shabaka/domain-partnerships';
import { organizationSections as services } from '@shabaka/domain-services';
import type { OrganizationSection } from '@shabaka/ui';

/**
 * What the domains add to every organisation's public page, in navigation order (the directory imports none of
 * them). Kept apart from `domains.ts`, which the layout (every page) imports: only the organisation page carries these.
 */
export const organizationSections: readonly OrganizationSection[] = [...services, ...partnerships];
