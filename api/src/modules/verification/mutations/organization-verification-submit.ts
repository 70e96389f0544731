import { IsUUID, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { recordAudit } from '../../../common/audit/audit.js';
import type { GraphQLContext } from '../../../context.js';
import { knexRows } from '../../../database/sql.js';
import { toOrganization } from '../../directory/organization.mapper.js';
import { Organization } from '../../directory/organization.type.js';
import { MembershipError, MembershipErrorCode, membershipError } from '../../membership/membership.errors.js';
import { organizationUuid } from '../../membership/organization-id.js';

@InputType({ description: 'The input of `organizationVerificationSubmit`.' })
export class OrganizationVerificationSubmitInput {
  @Field(() => ID, { description: 'Id of the organisation (Organization.id).' })
  @MaxLength(200)
  organizationId!: string;

  @Field(() => ID, { description: 'Returned by POST /uploads/verification-evidence for this organisation.' })
  @IsUUID()
  evidenceId!: string;
}

@ObjectType({
  description:
    'The result of `organizationVerificationSubmit`: what changed, or the userErrors that say why nothing did.',
})
export class OrganizationVerificationSubmitPayload {
  @Field(() => Organization, { nullable: true, description: 'The organisation.' })
  organization!: Organization | null;

  @Field(() => [MembershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: MembershipError[];
}

@Resolver()
export class OrganizationVerificationSubmitResolver {
  @Authorized('ORGANIZATION_EDITOR')
  @Mutation(() => OrganizationVerificationSubmitPayload, {
    description: 'Submits the MoSD registration evidence for verification: the organisation becomes PENDING.',
  })
  async organizationVerificationSubmit(
    @Arg('input', () => OrganizationVerificationSubmitInput, {
      description: 'What to do (see OrganizationVerificationSubmitInput).',
    })
    input: OrganizationVerificationSubmitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationVerificationSubmitPayload> {
    const organizationId = organizationUuid(input.organizationId, 'input.organizationId');
    const result = await ctx.em.getKnex().transaction(async (trx) => {
      const [evidence] = await knexRows(
        trx,
        'select 1 from verification_evidence where id = ? and organization_id = ?',
        [input.evidenceId, organizationId],
      );
      if (!evidence)
        return membershipError(
          MembershipErrorCode.INVALID_TOKEN,
          'no such evidence for this organisation',
          'evidenceId',
        );
      const [current] = await knexRows<{ verification_state: string }>(
        trx,
        'select verification_state from organization where id = ? for update',
        [organizationId],
      );
      const from = current!.verification_state;
      if (from === 'PENDING' || from === 'VERIFIED') {
        return membershipError(
          MembershipErrorCode.ALREADY_DECIDED,
          `the organisation is already ${from.toLowerCase()}`,
          'organizationId',
        );
      }
      await knexRows(
        trx,
        `update organization set verification_state = 'PENDING', verification_note = null, updated_at = now() where id = ?`,
        [organizationId],
      );
      await recordAudit(trx, {
        actorId: ctx.viewer!.userId,
        action: 'VERIFICATION_SUBMITTED',
        subjectType: 'Organization',
        subjectId: organizationId,
        from,
        to: 'PENDING',
        requestId: ctx.requestId,
      });
      return undefined;
    });
    if (result) return { organization: null, userErrors: [result] };
    ctx.loaders.directory.recordById.clear(organizationId);
    const record = await ctx.loaders.directory.recordById.load(organizationId);
    return { organization: record ? toOrganization(record) : null, userErrors: [] };
  }
}
