/**
 * The directory of civil society organisations: organisations, code lists, search with facets, the public HSDS
 * exports, the registry import and the demo data. The public face of the module: what the platform and other
 * modules may use of it.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { isUuid } from '../../common/relay/global-id.js';
import { CodeListEntryEntities } from './code-list.entity.js';
import {
  CodeListResolver,
  GovernorateIdResolver,
  LegalFormIdResolver,
  SectorIdResolver,
  TargetGroupIdResolver,
} from './code-list.resolver.js';
import { directoryExamples } from './directory.examples.js';
import { exportRoutes } from './export/export.routes.js';
import { logoDownloadRoute, logoUploadRoute } from './logo.routes.js';
import { OrganizationUpdateResolver, OrganizationVersionResolver } from './mutations/organization-update.js';
import { OrganizationEntities } from './organization.entity.js';
import { SearchEntities } from './search.entities.js';
import {
  OrganizationConnectionResolver,
  OrganizationEdgeResolver,
  OrganizationResolver,
  organizationByUuid,
} from './organization.resolver.js';
import { DEMO_ORGANIZATIONS, seedDemoDirectory } from './seed/demo-seed.js';

export { OrganizationEntity, type VerificationState } from './organization.entity.js';
export { Organization, OrganizationContact } from './organization.type.js';
export { toOrganization } from './organization.mapper.js';
export { organizationUuid } from './organization-id.js';
export { directoryLoaders, reloadOrganization } from './organization.loaders.js';
export type { CodeLists } from './code-lists.js';
export { insertOrganizations, latinSlug, newOrganization, type NewOrganization } from './organization.bulk.js';
export { generateOrganization } from './seed/organization-generator.js';
export { seedDemoDirectory } from './seed/demo-seed.js';
export { applyImport, checkImportStream, importStream, planImport } from './import/registry-import.js';

export const directoryModule: PlatformModule = {
  name: 'directory',
  entities: [...CodeListEntryEntities, ...OrganizationEntities, ...SearchEntities],
  resolvers: [
    CodeListResolver,
    GovernorateIdResolver,
    LegalFormIdResolver,
    SectorIdResolver,
    TargetGroupIdResolver,
    OrganizationResolver,
    OrganizationConnectionResolver,
    OrganizationEdgeResolver,
    OrganizationUpdateResolver,
    OrganizationVersionResolver,
  ],
  nodes: { Organization: (ctx, key) => (isUuid(key) ? organizationByUuid(ctx, key) : Promise.resolve(null)) },
  routes: [...exportRoutes, logoUploadRoute, logoDownloadRoute],
  examples: directoryExamples,
  async seedDemo(em) {
    const added = await seedDemoDirectory(em);
    return added > 0 ? `${added} of ${DEMO_ORGANIZATIONS} demo organisations` : undefined;
  },
};
export { storedName } from './stored-name.js';
export { normalizeForSearch, searchForms } from './search-normalize.js';
export { Governorate, TargetGroup } from './code-list.type.js';
export { toGovernorate, toNamed } from './code-list.mapper.js';
export { cachedCodeLists } from './code-lists.js';
