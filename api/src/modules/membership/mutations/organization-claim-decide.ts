import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import { MembershipError } from '../membership.errors.js';
import { MembershipService } from '../membership.service.js';

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
    const error = await new MembershipService(ctx.em).decideClaim(
      claimId,
      input.approve,
      input.reason?.trim() || null,
      { userId: ctx.viewer!.userId, requestId: ctx.requestId },
    );
    return { userErrors: error ? [error] : [] };
  }
}
