import { IsUUID, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { Organization, organizationUuid, reloadOrganization } from '../../directory/index.js';
import { VerificationError } from '../verification.errors.js';
import { VerificationService } from '../verification.service.js';

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

  @Field(() => [VerificationError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: VerificationError[];
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
    const error = await new VerificationService(ctx.em).submit(organizationId, input.evidenceId, {
      userId: ctx.viewer!.userId,
      requestId: ctx.requestId,
    });
    if (error) return { organization: null, userErrors: [error] };
    return { organization: await reloadOrganization(ctx, organizationId), userErrors: [] };
  }
}
