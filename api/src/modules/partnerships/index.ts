/**
 * Partnerships: public institutions and the people acting for them, the capability taxonomy, and the needs and offers
 * that organisations and institutions publish (next: requests, partnerships, suggestions, matchmaking days). The
 * public face of the module: what the platform and other modules may use of it.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { isUuid } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { PartnershipListingPublishResolver } from './mutations/partnership-listing-publish.js';
import { PartnershipListingUpdateResolver } from './mutations/partnership-listing-update.js';
import { PartnershipListingWithdrawResolver } from './mutations/partnership-listing-withdraw.js';
import { PartnershipEntities } from './partnerships.entities.js';
import { partnershipsExamples } from './partnerships.examples.js';
import { partnershipsPersonalData } from './partnerships.personal-data.js';
import {
  InstitutionResolver,
  OrganizationPartnershipListingsResolver,
  PartnershipListingResolver,
  PartnershipQueryResolver,
  institutionByKey,
  partnershipListingByKey,
} from './partnerships.resolver.js';
import { seedDemoPartnerships } from './seed/demo-seed.js';
import { ViewerInstitutionsResolver } from './viewer-institutions.resolver.js';

export { areNeighbours, GOVERNORATE_NEIGHBOURS } from './governorate-adjacency.js';
export { Institution, PartnershipListing } from './partnerships.type.js';

const byUuid =
  <T>(fetch: (ctx: GraphQLContext, key: string) => Promise<T | null>) =>
  (ctx: GraphQLContext, key: string) =>
    isUuid(key) ? fetch(ctx, key) : Promise.resolve(null);

export const partnershipsModule: PlatformModule = {
  name: 'partnerships',
  entities: PartnershipEntities,
  resolvers: [
    PartnershipQueryResolver,
    InstitutionResolver,
    OrganizationPartnershipListingsResolver,
    PartnershipListingResolver,
    ViewerInstitutionsResolver,
    PartnershipListingPublishResolver,
    PartnershipListingUpdateResolver,
    PartnershipListingWithdrawResolver,
  ],
  nodes: {
    Institution: byUuid(institutionByKey),
    PartnershipListing: byUuid(partnershipListingByKey),
  },
  personalData: partnershipsPersonalData,
  examples: partnershipsExamples,
  async seedDemo(em) {
    const added = await seedDemoPartnerships(em);
    return added > 0 ? `${added} demo institutions with needs and offers` : undefined;
  },
};
