import { randomUUID } from 'node:crypto';
import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { recordAudit } from '../../../common/audit/audit.js';
import { toGlobalId } from '../../../common/relay/global-id.js';
import { NotFoundError } from '../../../common/errors/api-errors.js';
import type { GraphQLContext } from '../../../context.js';
import { knexRows } from '../../../database/sql.js';
import { MembershipError, MembershipErrorCode, membershipError } from '../membership.errors.js';
import { organizationUuid } from '../../directory/index.js';

@InputType({ description: 'The input of `organizationClaim`.' })
export class OrganizationClaimInput {
  @Field(() => ID, { description: 'The directory entry you represent.' })
  @MaxLength(200)
  organizationId!: string;

  @Field(() => String, { nullable: true, description: 'Who you are in the organisation, for the officer deciding.' })
  @IsOptional()
  @MaxLength(2000)
  message?: string | null;
}

@ObjectType({
  description: 'The result of `organizationClaim`: what changed, or the userErrors that say why nothing did.',
})
export class OrganizationClaimPayload {
  @Field(() => ID, { nullable: true, description: 'The claim, waiting for an officer (organizationClaimDecide).' })
  claimId!: string | null;

  @Field(() => [MembershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: MembershipError[];
}

@Resolver()
export class OrganizationClaimResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => OrganizationClaimPayload, {
    description:
      'Asks to become the owner of an organisation already in the directory; a programme officer or MoSD official approves or rejects the claim.',
  })
  async organizationClaim(
    @Arg('input', () => OrganizationClaimInput, { description: 'What to do (see OrganizationClaimInput).' })
    input: OrganizationClaimInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationClaimPayload> {
    const organizationId = organizationUuid(input.organizationId, 'input.organizationId');
    const viewer = ctx.viewer!;
    if (viewer.memberships.has(organizationId)) {
      return {
        claimId: null,
        userErrors: [membershipError(MembershipErrorCode.ALREADY_MEMBER, 'you are already a member', 'organizationId')],
      };
    }
    const knex = ctx.em.getKnex();
    const [exists] = await knexRows(knex, 'select 1 from organization where id = ?', [organizationId]);
    if (!exists) throw new NotFoundError('Organization');
    const id = randomUUID();
    return knex.transaction(async (trx) => {
      const inserted = await knexRows<{ id: string }>(
        trx,
        `insert into organization_claim (id, organization_id, user_id, message) values (?, ?, ?, ?)
         on conflict (organization_id, user_id) where status = 'PENDING' do nothing returning id`,
        [id, organizationId, viewer.userId, input.message?.trim() || null],
      );
      if (inserted.length === 0) {
        return {
          claimId: null,
          userErrors: [
            membershipError(
              MembershipErrorCode.ALREADY_CLAIMED,
              'your claim is waiting for an officer',
              'organizationId',
            ),
          ],
        };
      }
      await recordAudit(trx, {
        actorId: viewer.userId,
        action: 'CLAIM_SUBMITTED',
        subjectType: 'OrganizationClaim',
        subjectId: id,
        to: 'PENDING',
        requestId: ctx.requestId,
      });
      return { claimId: toGlobalId('OrganizationClaim', id), userErrors: [] };
    });
  }
}
