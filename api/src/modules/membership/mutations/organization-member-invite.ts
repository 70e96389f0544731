import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { recordAudit } from '../../../common/audit/audit.js';
import type { GraphQLContext } from '../../../context.js';
import { knexRows } from '../../../database/sql.js';
import { MemberRole } from '../membership.type.js';
import { MembershipError, MembershipErrorCode, membershipError } from '../membership.errors.js';
import { organizationUuid } from '../../directory/index.js';
import { normalizeEmail } from '../../accounts/index.js';
import { emailOutboxService } from '../../../common/email/email-outbox.js';

export const INVITATION_DAYS = 14;

export function invitationDigest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

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
    const token = randomBytes(32).toString('base64url');
    const id = randomUUID();
    const knex = ctx.em.getKnex();
    const [organization] = await knexRows<{ name: string }>(
      knex,
      'select coalesce(name_ar, name_en) as name from organization where id = ?',
      [organizationId],
    );
    await knex.transaction(async (trx) => {
      await knexRows(
        trx,
        `insert into organization_invitation (id, organization_id, email, role, token_hash, invited_by, expires_at)
         values (?, ?, ?, ?, ?, ?, now() + ? * interval '1 day')`,
        [id, organizationId, email, input.role, invitationDigest(token), ctx.viewer!.userId, INVITATION_DAYS],
      );
      await recordAudit(trx, {
        actorId: ctx.viewer!.userId,
        action: 'MEMBER_INVITED',
        subjectType: 'OrganizationInvitation',
        subjectId: id,
        to: input.role,
        requestId: ctx.requestId,
      });
    });
    const url = `${ctx.config.portalPublicUrl}/ar/account/invitation?token=${token}`;
    await ctx.services.get(emailOutboxService).enqueue(ctx.em, email, 'ORGANIZATION_INVITATION', {
      subject: `دعوة للانضمام | Invitation to join ${organization?.name ?? ''} — Shabaka`,
      text: `دعاك ${ctx.viewer!.name} للانضمام إلى «${organization?.name ?? ''}» على منصة شبكة. لقبول الدعوة (صالحة ${INVITATION_DAYS} يوماً):\n${url}\n\n---\n\n${ctx.viewer!.name} invited you to join "${organization?.name ?? ''}" on Shabaka. To accept (valid ${INVITATION_DAYS} days):\n${url.replace('/ar/', '/en/')}\n`,
    });
    return { userErrors: [] };
  }
}
