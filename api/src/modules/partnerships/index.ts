/**
 * Partnerships: public institutions and the people acting for them, the capability taxonomy, and the needs and offers
 * that organisations and institutions publish, requests between parties and the partnerships they become (next:
 * matchmaking days), and ranked partner suggestions that explain themselves. The public face of the module: what the platform and other modules may use of it.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { isUuid } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { PartnershipListingPublishResolver } from './mutations/partnership-listing-publish.js';
import { PartnershipListingUpdateResolver } from './mutations/partnership-listing-update.js';
import { PartnershipListingWithdrawResolver } from './mutations/partnership-listing-withdraw.js';
import { PartnershipCompleteResolver } from './mutations/partnership-complete.js';
import { PartnershipConfirmResolver } from './mutations/partnership-confirm.js';
import { PartnershipRequestAcceptResolver } from './mutations/partnership-request-accept.js';
import { PartnershipRequestDeclineResolver } from './mutations/partnership-request-decline.js';
import { PartnershipRequestSendResolver } from './mutations/partnership-request-send.js';
import { PartnershipRequestWithdrawResolver } from './mutations/partnership-request-withdraw.js';
import { PartnershipTerminateResolver } from './mutations/partnership-terminate.js';
import { PartnershipUpdateResolver } from './mutations/partnership-update.js';
import { PartnerSuggestionResolver } from './partner-suggestion.resolver.js';
import { agreementDownloadRoute, agreementUploadRoute } from './partnership-agreement.routes.js';
import { PartnershipRequestEntities } from './partnership.entities.js';
import {
  InstitutionPartnershipsResolver,
  OrganizationPartnershipsResolver,
  PartnershipMemberResolver,
  PartnershipRegistryResolver,
  PartnershipRequestResolver,
  PartnershipResolver,
  partnershipByKey,
  partnershipRequestByKey,
} from './partnership.resolver.js';
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
import { PartnershipOverviewResolver } from './partnership-overview.resolver.js';
import { ViewerInstitutionsResolver } from './viewer-institutions.resolver.js';

export { areNeighbours, GOVERNORATE_NEIGHBOURS } from './governorate-adjacency.js';
export { Institution, PartnershipListing, toInstitution } from './partnerships.type.js';
export { partnershipLoaders } from './partnerships.loaders.js';
export { Partnership, PartnershipRequest } from './partnership.type.js';
// what the matchmaking module uses: parties, who acts for them, their names and addresses
export { ListingService, partyOf, type PartyRef } from './listing.service.js';
export { partyMemberEmails, partyNames } from './request.service.js';
export { PartnershipParty } from './partnerships.type.js';

const byUuid =
  <T>(fetch: (ctx: GraphQLContext, key: string) => Promise<T | null>) =>
  (ctx: GraphQLContext, key: string) =>
    isUuid(key) ? fetch(ctx, key) : Promise.resolve(null);

export const partnershipsModule: PlatformModule = {
  name: 'partnerships',
  entities: [...PartnershipEntities, ...PartnershipRequestEntities],
  resolvers: [
    PartnershipQueryResolver,
    InstitutionResolver,
    OrganizationPartnershipListingsResolver,
    PartnershipListingResolver,
    ViewerInstitutionsResolver,
    PartnershipListingPublishResolver,
    PartnershipListingUpdateResolver,
    PartnershipListingWithdrawResolver,
    PartnershipRegistryResolver,
    PartnershipOverviewResolver,
    PartnershipRequestResolver,
    PartnershipResolver,
    PartnershipMemberResolver,
    OrganizationPartnershipsResolver,
    InstitutionPartnershipsResolver,
    PartnershipRequestSendResolver,
    PartnershipRequestAcceptResolver,
    PartnershipRequestDeclineResolver,
    PartnershipRequestWithdrawResolver,
    PartnershipUpdateResolver,
    PartnershipConfirmResolver,
    PartnershipCompleteResolver,
    PartnershipTerminateResolver,
    PartnerSuggestionResolver,
  ],
  nodes: {
    Institution: byUuid(institutionByKey),
    PartnershipListing: byUuid(partnershipListingByKey),
    Partnership: byUuid(partnershipByKey),
    PartnershipRequest: byUuid(partnershipRequestByKey),
  },
  routes: [agreementUploadRoute, agreementDownloadRoute],
  personalData: partnershipsPersonalData,
  examples: partnershipsExamples,
  async seedDemo(em) {
    const added = await seedDemoPartnerships(em);
    return added > 0 ? `${added} demo institutions with needs and offers` : undefined;
  },
};
