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
import type { GraphQLContext } from '../../../context.js';
import { Organization, organizationUuid, reloadOrganization } from '../../directory/index.js';
import { VerificationError } from '../verification.errors.js';
import { VerificationService } from '../verification.service.js';

export enum VerificationDecision {
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
  INFORMATION_REQUESTED = 'INFORMATION_REQUESTED',
}
registerEnumType(VerificationDecision, {
  name: 'VerificationDecision',
  description: "An officer's decision on an organisation's registration evidence.",
  valuesConfig: {
    VERIFIED: { description: 'The registration is confirmed: the directory shows the organisation as verified.' },
    REJECTED: { description: 'The evidence does not confirm it: the reason is shown to the organisation.' },
    INFORMATION_REQUESTED: {
      description:
        'The organisation is asked for more (the reason says what, and is shown to it): it stays pending and may submit more evidence.',
    },
  },
});

@InputType({ description: 'The input of `organizationVerificationDecide`.' })
export class OrganizationVerificationDecideInput {
  @Field(() => ID, { description: 'Id of the organisation (Organization.id).' })
  @MaxLength(200)
  organizationId!: string;

  @Field(() => VerificationDecision, { description: 'VERIFIED, REJECTED or INFORMATION_REQUESTED.' })
  decision!: VerificationDecision;

  @Field(() => String, {
    nullable: true,
    description: 'Required to reject or to request information; shown to the organisation.',
  })
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

  @Field(() => [VerificationError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: VerificationError[];
}

@Resolver()
export class OrganizationVerificationDecideResolver {
  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL')
  @Mutation(() => OrganizationVerificationDecidePayload, {
    description:
      'Verifies, rejects (with a reason) or asks for more information about (with the question) an organisation whose evidence is pending; the directory shows the verification.',
  })
  async organizationVerificationDecide(
    @Arg('input', () => OrganizationVerificationDecideInput, {
      description: 'What to do (see OrganizationVerificationDecideInput).',
    })
    input: OrganizationVerificationDecideInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationVerificationDecidePayload> {
    const organizationId = organizationUuid(input.organizationId, 'input.organizationId');
    const error = await new VerificationService(ctx.em).decide(
      organizationId,
      input.decision,
      input.reason?.trim() || null,
      { userId: ctx.viewer!.userId, requestId: ctx.requestId },
    );
    if (error) return { organization: null, userErrors: [error] };
    return { organization: await reloadOrganization(ctx, organizationId), userErrors: [] };
  }
}
