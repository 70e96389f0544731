import type { DomainManifest } from '@shabaka/ui';

/**
 * The organisations' workspace (profile, members, invitations, claims, registration) and the officers' console and
 * verification cases (under /account/organizations and /account/verification).
 */
export const manifest: DomainManifest = {
  id: 'workspace',
  path: 'account/organizations',
  label: { ar: 'مساحة المنظمة', en: 'Organisation workspace' },
};
