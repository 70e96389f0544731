import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { recordAudit } from '../../../common/audit/audit.js';
import type { GraphQLContext } from '../../../context.js';
import { knexRows } from '../../../database/sql.js';
import { MembershipError, MembershipErrorCode, membershipError } from '../membership.errors.js';
import { invitationDigest } from './organization-member-invite.js';
import { Organization, directoryLoaders, toOrganization } from '../../directory/index.js';

@InputType({ description: 'The input of `organizationInvitationAccept`.' })
export class OrganizationInvitationAcceptInput {
  @Field(() => String, { description: 'The token of the emailed invitation link.' })
  @MaxLength(200)
  token!: string;
}

@ObjectType({
  description:
    'The result of `organizationInvitationAccept`: what changed, or the userErrors that say why nothing did.',
})
export class OrganizationInvitationAcceptPayload {
  @Field(() => Organization, { nullable: true, description: 'The organisation.' })
  organization!: Organization | null;

  @Field(() => [MembershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: MembershipError[];
}

@Resolver()
export class OrganizationInvitationAcceptResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => OrganizationInvitationAcceptPayload, {
    description: 'Joins the organisation of an invitation sent to your (confirmed) email address.',
  })
  async organizationInvitationAccept(
    @Arg('input', () => OrganizationInvitationAcceptInput, {
      description: 'What to do (see OrganizationInvitationAcceptInput).',
    })
    input: OrganizationInvitationAcceptInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationInvitationAcceptPayload> {
    const viewer = ctx.viewer!;
    const invalid = {
      organization: null,
      userErrors: [membershipError(MembershipErrorCode.INVALID_TOKEN, 'this invitation is not valid', 'token')],
    };
    const organizationId = await ctx.em.getKnex().transaction(async (trx) => {
      const [invitation] = await knexRows<{ id: string; organization_id: string; email: string; role: string }>(
        trx,
        `select id, organization_id, email, role from organization_invitation
         where token_hash = ? and accepted_at is null and expires_at > now() for update`,
        [invitationDigest(input.token)],
      );
      if (!invitation) return 'invalid' as const;
      if (invitation.email !== viewer.email || !viewer.emailVerified) return 'mismatch' as const;
      await knexRows(trx, 'update organization_invitation set accepted_at = now(), accepted_by = ? where id = ?', [
        viewer.userId,
        invitation.id,
      ]);
      // an existing member keeps the higher of the two roles
      await knexRows(
        trx,
        `insert into organization_member (organization_id, user_id, role) values (?, ?, ?)
         on conflict (organization_id, user_id) do update set role = case
           when array_position(array['VIEWER','EDITOR','OWNER'], excluded.role) > array_position(array['VIEWER','EDITOR','OWNER'], organization_member.role)
           then excluded.role else organization_member.role end`,
        [invitation.organization_id, viewer.userId, invitation.role],
      );
      await recordAudit(trx, {
        actorId: viewer.userId,
        action: 'MEMBER_JOINED',
        subjectType: 'OrganizationMember',
        subjectId: invitation.organization_id,
        to: invitation.role,
        requestId: ctx.requestId,
      });
      return invitation.organization_id;
    });
    if (organizationId === 'invalid') return invalid;
    if (organizationId === 'mismatch') {
      return {
        organization: null,
        userErrors: [
          membershipError(
            MembershipErrorCode.EMAIL_MISMATCH,
            'sign in with the address the invitation was sent to',
            'token',
          ),
        ],
      };
    }
    const record = await ctx.loaders.of(directoryLoaders).recordById.load(organizationId);
    return { organization: record ? toOrganization(record) : null, userErrors: [] };
  }
}
