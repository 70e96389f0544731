import { IsUUID, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { recordAudit } from '../../../common/audit/audit.js';
import { ForbiddenError } from '../../../common/errors/api-errors.js';
import type { GraphQLContext } from '../../../context.js';
import { knexRows } from '../../../database/sql.js';
import { MemberRole } from '../membership.type.js';
import { hasMemberRole } from '../../../common/auth/viewer.js';
import { MembershipError, MembershipErrorCode, membershipError } from '../membership.errors.js';
import { organizationUuid } from '../../directory/index.js';

@InputType({ description: 'The input of `organizationMemberUpdate`.' })
export class OrganizationMemberUpdateInput {
  @Field(() => ID, { description: 'Id of the organisation (Organization.id).' })
  @MaxLength(200)
  organizationId!: string;

  @Field(() => ID, { description: "The member's person uuid (Viewer.uuid)." })
  @IsUUID()
  userId!: string;

  @Field(() => MemberRole, { nullable: true, description: 'The new role; null removes the member.' })
  role?: MemberRole | null;
}

@ObjectType({
  description: 'The result of `organizationMemberUpdate`: what changed, or the userErrors that say why nothing did.',
})
export class OrganizationMemberUpdatePayload {
  @Field(() => [MembershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: MembershipError[];
}

@Resolver()
export class OrganizationMemberUpdateResolver {
  @Authorized('ORGANIZATION_MEMBER')
  @Mutation(() => OrganizationMemberUpdatePayload, {
    description:
      "Changes a member's role or removes them (role: null). Owners manage everyone; any member can leave (their own userId, role null). The last owner can neither leave nor be demoted.",
  })
  async organizationMemberUpdate(
    @Arg('input', () => OrganizationMemberUpdateInput, {
      description: 'What to do (see OrganizationMemberUpdateInput).',
    })
    input: OrganizationMemberUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationMemberUpdatePayload> {
    const organizationId = organizationUuid(input.organizationId, 'input.organizationId');
    const viewer = ctx.viewer!;
    const leaving = input.userId === viewer.userId && (input.role ?? null) === null;
    if (!leaving && !hasMemberRole(viewer, organizationId, 'OWNER')) throw new ForbiddenError();
    return ctx.em.getKnex().transaction(async (trx) => {
      // the members of this organisation, locked: two owners demoting each other cannot both succeed
      const members = await knexRows<{ user_id: string; role: string }>(
        trx,
        'select user_id, role from organization_member where organization_id = ? order by user_id for update',
        [organizationId],
      );
      const member = members.find((m) => m.user_id === input.userId);
      if (!member)
        return {
          userErrors: [
            membershipError(MembershipErrorCode.NOT_A_MEMBER, 'not a member of this organisation', 'userId'),
          ],
        };
      const owners = members.filter((m) => m.role === 'OWNER').length;
      if (member.role === 'OWNER' && input.role !== MemberRole.OWNER && owners === 1) {
        return {
          userErrors: [membershipError(MembershipErrorCode.LAST_OWNER, 'make someone else owner first', 'userId')],
        };
      }
      if (input.role) {
        await knexRows(trx, 'update organization_member set role = ? where organization_id = ? and user_id = ?', [
          input.role,
          organizationId,
          input.userId,
        ]);
      } else {
        await knexRows(trx, 'delete from organization_member where organization_id = ? and user_id = ?', [
          organizationId,
          input.userId,
        ]);
      }
      await recordAudit(trx, {
        actorId: viewer.userId,
        action: input.role ? 'MEMBER_ROLE_CHANGED' : 'MEMBER_REMOVED',
        subjectType: 'OrganizationMember',
        subjectId: organizationId,
        from: member.role,
        to: input.role ?? null,
        requestId: ctx.requestId,
      });
      return { userErrors: [] };
    });
  }
}
