import { IsOptional, MaxLength } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { recordAudit } from '../../../common/audit/audit.js';
import { NotFoundError } from '../../../common/errors/api-errors.js';
import type { GraphQLContext } from '../../../context.js';
import { knexRows } from '../../../database/sql.js';
import { toOrganization } from '../../directory/organization.mapper.js';
import { Organization } from '../../directory/organization.type.js';
import { MembershipError, MembershipErrorCode, membershipError } from '../../membership/membership.errors.js';
import { organizationUuid } from '../../membership/organization-id.js';

export enum VerificationDecision {
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}
registerEnumType(VerificationDecision, {
  name: 'VerificationDecision',
  description: "An officer's decision on an organisation's registration evidence.",
  valuesConfig: {
    VERIFIED: { description: 'The registration is confirmed: the directory shows the organisation as verified.' },
    REJECTED: { description: 'The evidence does not confirm it: the reason is shown to the organisation.' },
  },
});

@InputType({ description: 'The input of `organizationVerificationDecide`.' })
export class OrganizationVerificationDecideInput {
  @Field(() => ID, { description: 'Id of the organisation (Organization.id).' })
  @MaxLength(200)
  organizationId!: string;

  @Field(() => VerificationDecision, { description: 'VERIFIED or REJECTED.' })
  decision!: VerificationDecision;

  @Field(() => String, { nullable: true, description: 'Required to reject; shown to the organisation.' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;
}

@ObjectType({
  description:
    'The result of `organizationVerificationDecide`: what changed, or the userErrors that say why nothing did.',
})
export class OrganizationVerificationDecidePayload {
  @Field(() => Organization, { nullable: true, description: 'The organisation.' })
  organization!: Organization | null;

  @Field(() => [MembershipError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: MembershipError[];
}

@Resolver()
export class OrganizationVerificationDecideResolver {
  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL')
  @Mutation(() => OrganizationVerificationDecidePayload, {
    description:
      'Verifies or rejects (with a reason) an organisation whose evidence is pending; the directory shows it.',
  })
  async organizationVerificationDecide(
    @Arg('input', () => OrganizationVerificationDecideInput, {
      description: 'What to do (see OrganizationVerificationDecideInput).',
    })
    input: OrganizationVerificationDecideInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationVerificationDecidePayload> {
    const organizationId = organizationUuid(input.organizationId, 'input.organizationId');
    const reason = input.reason?.trim() || null;
    if (input.decision === VerificationDecision.REJECTED && !reason) {
      return {
        organization: null,
        userErrors: [membershipError(MembershipErrorCode.REASON_REQUIRED, 'say why it is rejected', 'reason')],
      };
    }
    const officer = ctx.viewer!;
    const error = await ctx.em.getKnex().transaction(async (trx) => {
      const [current] = await knexRows<{ verification_state: string }>(
        trx,
        'select verification_state from organization where id = ? for update',
        [organizationId],
      );
      if (!current) throw new NotFoundError('Organization');
      if (current.verification_state !== 'PENDING') {
        return membershipError(
          MembershipErrorCode.ALREADY_DECIDED,
          `the organisation is ${current.verification_state.toLowerCase()}, not pending`,
          'organizationId',
        );
      }
      const verified = input.decision === VerificationDecision.VERIFIED;
      await knexRows(
        trx,
        `update organization set verification_state = ?, verified_at = ?, verified_by = ?, verification_note = ?, updated_at = now()
         where id = ?`,
        [input.decision, verified ? new Date() : null, verified ? officer.userId : null, reason, organizationId],
      );
      await recordAudit(trx, {
        actorId: officer.userId,
        action: 'VERIFICATION_DECIDED',
        subjectType: 'Organization',
        subjectId: organizationId,
        from: 'PENDING',
        to: input.decision,
        reason,
        requestId: ctx.requestId,
      });
      return undefined;
    });
    if (error) return { organization: null, userErrors: [error] };
    const record = await ctx.loaders.directory.recordById.load(organizationId);
    return { organization: record ? toOrganization(record) : null, userErrors: [] };
  }
}
