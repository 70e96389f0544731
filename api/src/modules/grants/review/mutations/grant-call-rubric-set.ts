import { ArrayMaxSize, ArrayMinSize, IsInt, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import {
  ReviewError,
  ReviewErrorCode,
  reviewError,
  ReviewRubric,
  setRubric,
  toReviewRubric,
} from '../../../review/index.js';
import { GrantCallEntity } from '../../grants.entities.js';
import { GRANT_OFFICERS } from '../../grants.resolver.js';
import { GrantCall, toGrantCall } from '../../grants.type.js';
import { GRANT_CALL_SCOPE } from '../grant-review.service.js';

@InputType({ description: 'A criterion of a rubric.' })
export class ReviewCriterionInput {
  @Field(() => String, { description: 'Stable code: capital letters, digits and underscores (e.g. RELEVANCE).' })
  @Matches(/^[A-Z][A-Z0-9_]{0,39}$/)
  code!: string;

  @Field(() => String, { nullable: true, description: 'Title in Arabic.' })
  @MaxLength(300)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @MaxLength(300)
  titleEn?: string | null;

  @Field(() => Int, { description: 'Weight in the total, from 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;
}

@InputType({ description: 'The input of `grantCallRubricSet`.' })
export class GrantCallRubricSetInput {
  @Field(() => ID, { description: 'GrantCall.id.' })
  @MaxLength(200)
  callId!: string;

  @Field(() => [ReviewCriterionInput], { description: 'The criteria, in order (1 to 20).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  criteria!: ReviewCriterionInput[];

  @Field(() => Float, {
    description: 'Totals (0..5) of two reviewers further apart than this are flagged as divergent (0 to 5, e.g. 1).',
  })
  @Min(0)
  @Max(5)
  divergenceMargin!: number;
}

@ObjectType({ description: 'The result of `grantCallRubricSet`.' })
export class GrantCallRubricSetPayload {
  @Field(() => GrantCall, { nullable: true, description: 'The call.' })
  call!: GrantCall | null;

  @Field(() => ReviewRubric, { nullable: true, description: 'Its rubric as set.' })
  rubric!: ReviewRubric | null;

  @Field(() => [ReviewError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: ReviewError[];
}

@Resolver()
export class GrantCallRubricSetResolver {
  @Authorized(...GRANT_OFFICERS)
  @Mutation(() => GrantCallRubricSetPayload, {
    description:
      "Sets the rubric of a call's review: weighted criteria scored 0 to 5 and the divergence margin; refused once a review is submitted. Officers.",
  })
  async grantCallRubricSet(
    @Arg('input', () => GrantCallRubricSetInput, { description: 'The call and its rubric.' })
    input: GrantCallRubricSetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantCallRubricSetPayload> {
    const uuid = globalUuid('GrantCall', input.callId, 'input.callId', 'a call');
    const call = await ctx.em.findOne(GrantCallEntity, { id: uuid });
    if (!call)
      return {
        call: null,
        rubric: null,
        userErrors: [reviewError(ReviewErrorCode.SCOPE_NOT_FOUND, 'no such call', 'callId')],
      };
    const result = await setRubric(
      ctx.em,
      { kind: GRANT_CALL_SCOPE, id: call.id },
      input.criteria.map((c) => ({
        code: c.code,
        titleAr: c.titleAr?.trim() || null,
        titleEn: c.titleEn?.trim() || null,
        weight: c.weight,
      })),
      Math.round(input.divergenceMargin * 100),
      { userId: ctx.viewer!.userId, requestId: ctx.requestId },
    );
    if ('errors' in result) return { call: null, rubric: null, userErrors: result.errors };
    return { call: toGrantCall(call), rubric: toReviewRubric(result.ok, false), userErrors: [] };
  }
}
