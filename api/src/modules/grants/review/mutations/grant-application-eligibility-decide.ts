import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { emailOutboxService } from '../../../../common/email/email-outbox.js';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { GrantError } from '../../grants.errors.js';
import { GRANT_OFFICERS } from '../../grants.resolver.js';
import { GrantApplication, toGrantApplication } from '../../grants.type.js';
import { GrantReviewService } from '../grant-review.service.js';

export const grantReviewService = (ctx: GraphQLContext) =>
  new GrantReviewService(ctx.em, ctx.services.get(emailOutboxService), ctx.config.portalPublicUrl);

@InputType({ description: 'The input of `grantApplicationEligibilityDecide`.' })
export class GrantApplicationEligibilityDecideInput {
  @Field(() => ID, { description: 'GrantApplication.id of a submitted application.' })
  @MaxLength(200)
  applicationId!: string;

  @Field(() => Boolean, { description: 'Eligible (true) or not (false).' })
  eligible!: boolean;

  @Field(() => String, { nullable: true, description: 'The reasons (required when not eligible; told to the lead).' })
  @MaxLength(2000)
  reasons?: string | null;
}

@ObjectType({ description: 'The result of `grantApplicationEligibilityDecide`.' })
export class GrantApplicationEligibilityDecidePayload {
  @Field(() => GrantApplication, { nullable: true, description: 'The application, ELIGIBLE or INELIGIBLE.' })
  application!: GrantApplication | null;

  @Field(() => [GrantError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: GrantError[];
}

@Resolver()
export class GrantApplicationEligibilityDecideResolver {
  @Authorized(...GRANT_OFFICERS)
  @Mutation(() => GrantApplicationEligibilityDecidePayload, {
    description:
      "Decides a submitted application's eligibility: ELIGIBLE (it then takes reviewers) or INELIGIBLE with the reasons; the lead is told by email. Officers.",
  })
  async grantApplicationEligibilityDecide(
    @Arg('input', () => GrantApplicationEligibilityDecideInput, { description: 'The application and the decision.' })
    input: GrantApplicationEligibilityDecideInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationEligibilityDecidePayload> {
    const uuid = globalUuid('GrantApplication', input.applicationId, 'input.applicationId', 'an application');
    const result = await grantReviewService(ctx).decideEligibility(uuid, input.eligible, input.reasons ?? null, {
      userId: ctx.viewer!.userId,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { application: null, userErrors: result.errors };
    return { application: toGrantApplication(result.ok), userErrors: [] };
  }
}
