import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { toGlobalId } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { MembershipError } from '../membership.errors.js';
import { MembershipService } from '../membership.service.js';
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
    const result = await new MembershipService(ctx.em).claim(organizationId, input.message?.trim() || null, {
      userId: ctx.viewer!.userId,
      requestId: ctx.requestId,
    });
    if (result.error) return { claimId: null, userErrors: [result.error] };
    return { claimId: toGlobalId('OrganizationClaim', result.ok), userErrors: [] };
  }
}
