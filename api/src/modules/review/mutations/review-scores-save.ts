import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { ReviewError } from '../review.errors.js';
import { saveScores } from '../review.service.js';
import { ReviewAssignment, toReviewAssignment } from '../review.type.js';

@InputType({ description: 'A score on one criterion.' })
export class ReviewScoreInput {
  @Field(() => String, { description: 'ReviewCriterion.code.' })
  @MaxLength(40)
  criterionCode!: string;

  @Field(() => Int, { description: 'A whole number from 0 to 5.' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'Why this score.' })
  @MaxLength(4000)
  comment?: string | null;
}

@InputType({ description: 'The input of `reviewScoresSave`.' })
export class ReviewScoresSaveInput {
  @Field(() => ID, { description: 'ReviewAssignment.id of one of your assignments.' })
  @MaxLength(200)
  assignmentId!: string;

  @Field(() => [ReviewScoreInput], { description: 'Scores on some or all criteria (others are kept).' })
  @ArrayMaxSize(50)
  scores!: ReviewScoreInput[];
}

@ObjectType({ description: 'The result of `reviewScoresSave`.' })
export class ReviewScoresSavePayload {
  @Field(() => ReviewAssignment, { nullable: true, description: 'The assignment with its scores.' })
  assignment!: ReviewAssignment | null;

  @Field(() => [ReviewError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: ReviewError[];
}

@Resolver()
export class ReviewScoresSaveResolver {
  @Authorized('REVIEWER')
  @Mutation(() => ReviewScoresSavePayload, {
    description:
      'Saves your scores (0 to 5) and comments on an open assignment; they change until you submit. All or nothing. Reviewers.',
  })
  async reviewScoresSave(
    @Arg('input', () => ReviewScoresSaveInput, { description: 'The assignment and the scores.' })
    input: ReviewScoresSaveInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReviewScoresSavePayload> {
    const uuid = globalUuid('ReviewAssignment', input.assignmentId, 'input.assignmentId', 'a review assignment');
    const result = await saveScores(ctx.em, uuid, input.scores, {
      userId: ctx.viewer!.userId,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { assignment: null, userErrors: result.errors };
    return { assignment: toReviewAssignment(result.ok, true), userErrors: [] };
  }
}
