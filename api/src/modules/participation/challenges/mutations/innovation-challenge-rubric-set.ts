import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import {
  ReviewError,
  ReviewErrorCode,
  ReviewRubric,
  reviewError,
  setRubric,
  toReviewRubric,
} from '../../../review/index.js';
import { InnovationChallengeEntity } from '../challenge.entities.js';
import { CHALLENGE_OFFICERS } from '../challenge.resolver.js';
import { INNOVATION_CHALLENGE_SCOPE } from '../challenge.service.js';
import { InnovationChallenge, toInnovationChallenge } from '../challenge.type.js';

@InputType({ description: 'A criterion of a challenge jury’s rubric.' })
export class InnovationCriterionInput {
  @Field(() => String, { description: 'Stable code: capital letters, digits and underscores (e.g. IMPACT).' })
  @Matches(/^[A-Z][A-Z0-9_]{0,39}$/)
  code!: string;

  @Field(() => String, { nullable: true, description: 'Title in Arabic.' })
  @IsOptional()
  @MaxLength(300)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @IsOptional()
  @MaxLength(300)
  titleEn?: string | null;

  @Field(() => Int, { description: 'Weight in the total, from 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;
}

@InputType({ description: 'The input of `innovationChallengeRubricSet`.' })
export class InnovationChallengeRubricSetInput {
  @Field(() => ID, { description: 'InnovationChallenge.id.' })
  @MaxLength(200)
  challengeId!: string;

  @Field(() => [InnovationCriterionInput], { description: 'The criteria, in order (1 to 20).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  criteria!: InnovationCriterionInput[];

  @Field(() => Float, {
    description: 'Totals (0..5) of two jurors further apart than this are flagged as divergent (0 to 5, e.g. 1).',
  })
  @Min(0)
  @Max(5)
  divergenceMargin!: number;
}

@ObjectType({ description: 'The result of `innovationChallengeRubricSet`.' })
export class InnovationChallengeRubricSetPayload {
  @Field(() => InnovationChallenge, { nullable: true, description: 'The challenge.' })
  challenge!: InnovationChallenge | null;

  @Field(() => ReviewRubric, { nullable: true, description: 'Its rubric as set.' })
  rubric!: ReviewRubric | null;

  @Field(() => [ReviewError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: ReviewError[];
}

@Resolver()
export class InnovationChallengeRubricSetResolver {
  @Authorized(...CHALLENGE_OFFICERS)
  @Mutation(() => InnovationChallengeRubricSetPayload, {
    description:
      "Sets the rubric of a challenge's jury (the review module's): weighted criteria scored 0 to 5 and the divergence margin; refused once a review is submitted. Officers.",
  })
  async innovationChallengeRubricSet(
    @Arg('input', () => InnovationChallengeRubricSetInput, { description: 'The challenge and its rubric.' })
    input: InnovationChallengeRubricSetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InnovationChallengeRubricSetPayload> {
    const uuid = globalUuid('InnovationChallenge', input.challengeId, 'input.challengeId', 'a challenge');
    const challenge = await ctx.em.findOne(InnovationChallengeEntity, { id: uuid });
    if (!challenge)
      return {
        challenge: null,
        rubric: null,
        userErrors: [reviewError(ReviewErrorCode.SCOPE_NOT_FOUND, 'no such challenge', 'challengeId')],
      };
    const result = await setRubric(
      ctx.em,
      { kind: INNOVATION_CHALLENGE_SCOPE, id: challenge.id },
      input.criteria.map((c) => ({
        code: c.code,
        titleAr: c.titleAr?.trim() || null,
        titleEn: c.titleEn?.trim() || null,
        weight: c.weight,
      })),
      Math.round(input.divergenceMargin * 100),
      { userId: ctx.viewer!.userId, requestId: ctx.requestId },
    );
    if ('errors' in result) return { challenge: null, rubric: null, userErrors: result.errors };
    return { challenge: toInnovationChallenge(challenge), rubric: toReviewRubric(result.ok, false), userErrors: [] };
  }
}
