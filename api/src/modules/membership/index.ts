/**
 * Membership: who acts for an organisation (owners, editors, viewers), invitations, claims of listed organisations,
 * and the registration of new ones. The public face of the module: what the platform and other modules may use of it.
 */
import 'reflect-metadata';
import type { PlatformModule } from '../../common/module/platform-module.js';
import { MembershipEntities } from './membership.entities.js';
import { membershipPersonalData } from './membership.personal-data.js';
import { OrganizationClaimDecideResolver } from './mutations/organization-claim-decide.js';
import { OrganizationClaimResolver } from './mutations/organization-claim.js';
import { OrganizationInvitationAcceptResolver } from './mutations/organization-invitation-accept.js';
import { OrganizationMemberInviteResolver } from './mutations/organization-member-invite.js';
import { OrganizationMemberUpdateResolver } from './mutations/organization-member-update.js';
import { OrganizationRegisterResolver } from './mutations/organization-register.js';
import { OrganizationClaimsResolver, organizationClaimByKey } from './organization-claims.resolver.js';
import { OrganizationInvitationResolver } from './organization-invitation.resolver.js';
import { OrganizationMembersResolver } from './organization-members.resolver.js';
import { ViewerMembershipsResolver } from './viewer-memberships.resolver.js';

export { MemberRole } from './membership.type.js';
export { MembershipService } from './membership.service.js';

export const membershipModule: PlatformModule = {
  name: 'membership',
  entities: MembershipEntities,
  resolvers: [
    ViewerMembershipsResolver,
    OrganizationMembersResolver,
    OrganizationClaimsResolver,
    OrganizationRegisterResolver,
    OrganizationClaimResolver,
    OrganizationClaimDecideResolver,
    OrganizationMemberInviteResolver,
    OrganizationInvitationResolver,
    OrganizationInvitationAcceptResolver,
    OrganizationMemberUpdateResolver,
  ],
  nodes: { OrganizationClaim: organizationClaimByKey },
  personalData: membershipPersonalData,
};
