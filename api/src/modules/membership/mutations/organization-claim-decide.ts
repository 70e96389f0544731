import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { recordAudit } from '../../../common/audit/audit.js';
import { NotFoundError } from '../../../common/errors/api-errors.js';
import type { GraphQLContext } from '../../../context.js';
import { knexRows } from '../../../database/sql.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import { MembershipError, MembershipErrorCode, membershipError } from '../membership.errors.js';

@InputType({ description: 'The input of `organizationClaimDecide`.' })
export class OrganizationClaimDecideInput {
  @Field(() => ID, { description: 'Id of the claim (OrganizationClaim.id, or claimId returned by organizationClaim).' })
  claimId!: string;

  @Field(() => Boolean, { description: 'True makes the claimant an owner.' })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'Required to reject.' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;
}

@ObjectType({
  description: 'The result of `organizationClaimDecide`: what changed, or the userErrors that say why nothing did.',
})
export class OrganizationClaimDecidePayload {
  @Field(() => [MembershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: MembershipError[];
}

@Resolver()
export class OrganizationClaimDecideResolver {
  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL')
  @Mutation(() => OrganizationClaimDecidePayload, { description: 'Approves or rejects a claim of an organisation.' })
  async organizationClaimDecide(
    @Arg('input', () => OrganizationClaimDecideInput, { description: 'What to do (see OrganizationClaimDecideInput).' })
    input: OrganizationClaimDecideInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationClaimDecidePayload> {
    const claimId = globalUuid('OrganizationClaim', input.claimId, 'claimId', 'a claim');
    const reason = input.reason?.trim() || null;
    if (!input.approve && !reason) {
      return {
        userErrors: [membershipError(MembershipErrorCode.REASON_REQUIRED, 'say why the claim is rejected', 'reason')],
      };
    }
    const officer = ctx.viewer!;
    return ctx.em.getKnex().transaction(async (trx) => {
      const [claim] = await knexRows<{ organization_id: string; user_id: string; status: string }>(
        trx,
        'select organization_id, user_id, status from organization_claim where id = ? for update',
        [claimId],
      );
      if (!claim) throw new NotFoundError('OrganizationClaim');
      if (claim.status !== 'PENDING') {
        return {
          userErrors: [
            membershipError(
              MembershipErrorCode.ALREADY_DECIDED,
              `the claim is ${claim.status.toLowerCase()}`,
              'claimId',
            ),
          ],
        };
      }
      const status = input.approve ? 'APPROVED' : 'REJECTED';
      await knexRows(
        trx,
        'update organization_claim set status = ?, decided_by = ?, decided_at = now(), reason = ? where id = ?',
        [status, officer.userId, reason, claimId],
      );
      if (input.approve) {
        await knexRows(
          trx,
          `insert into organization_member (organization_id, user_id, role) values (?, ?, 'OWNER')
           on conflict (organization_id, user_id) do update set role = 'OWNER'`,
          [claim.organization_id, claim.user_id],
        );
      }
      await recordAudit(trx, {
        actorId: officer.userId,
        action: 'CLAIM_DECIDED',
        subjectType: 'OrganizationClaim',
        subjectId: claimId,
        from: 'PENDING',
        to: status,
        reason,
        requestId: ctx.requestId,
      });
      return { userErrors: [] };
    });
  }
}
