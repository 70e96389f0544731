import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { MemberRole } from '../membership.type.js';
import { MembershipError, MembershipErrorCode, membershipError } from '../membership.errors.js';
import { INVITATION_DAYS, MembershipService } from '../membership.service.js';
import { organizationUuid } from '../../directory/index.js';
import { normalizeEmail } from '../../accounts/index.js';
import { emailOutboxService } from '../../../common/email/email-outbox.js';

@InputType({ description: 'The input of `organizationMemberInvite`.' })
export class OrganizationMemberInviteInput {
  @Field(() => ID, { description: 'Id of the organisation (Organization.id).' })
  @MaxLength(200)
  organizationId!: string;

  @Field(() => String, { description: 'Address to send the invitation to.' })
  @MaxLength(254)
  email!: string;

  @Field(() => MemberRole, { description: 'Role the colleague will have.' })
  role!: MemberRole;
}

@ObjectType({
  description: 'The result of `organizationMemberInvite`: what changed, or the userErrors that say why nothing did.',
})
export class OrganizationMemberInvitePayload {
  @Field(() => [MembershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: MembershipError[];
}

@Resolver()
export class OrganizationMemberInviteResolver {
  @Authorized('ORGANIZATION_OWNER')
  @Mutation(() => OrganizationMemberInvitePayload, {
    description: `Invites a colleague by email to join the organisation with a role; the link is valid for ${INVITATION_DAYS} days and accepted while signed in with that address (organizationInvitationAccept).`,
  })
  async organizationMemberInvite(
    @Arg('input', () => OrganizationMemberInviteInput, {
      description: 'What to do (see OrganizationMemberInviteInput).',
    })
    input: OrganizationMemberInviteInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationMemberInvitePayload> {
    const organizationId = organizationUuid(input.organizationId, 'input.organizationId');
    const email = normalizeEmail(input.email);
    if (!email)
      return { userErrors: [membershipError(MembershipErrorCode.INVALID_EMAIL, 'is not an email address', 'email')] };
    await new MembershipService(ctx.em).invite(
      organizationId,
      email,
      input.role,
      { userId: ctx.viewer!.userId, requestId: ctx.requestId, name: ctx.viewer!.name },
      ctx.services.get(emailOutboxService),
      ctx.config.portalPublicUrl,
    );
    return { userErrors: [] };
  }
}
