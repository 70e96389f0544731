import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { ReviewError } from '../review.errors.js';
import { submitReview } from '../review.service.js';
import { ReviewAssignment, toReviewAssignment } from '../review.type.js';

@InputType({ description: 'The input of `reviewSubmit`.' })
export class ReviewSubmitInput {
  @Field(() => ID, { description: 'ReviewAssignment.id of one of your assignments.' })
  @MaxLength(200)
  assignmentId!: string;
}

@ObjectType({ description: 'The result of `reviewSubmit`.' })
export class ReviewSubmitPayload {
  @Field(() => ReviewAssignment, { nullable: true, description: 'The assignment, now SUBMITTED.' })
  assignment!: ReviewAssignment | null;

  @Field(() => [ReviewError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: ReviewError[];
}

@Resolver()
export class ReviewSubmitResolver {
  @Authorized('REVIEWER')
  @Mutation(() => ReviewSubmitPayload, {
    description:
      "Submits your review once every criterion has a score: the scores become final and you then see the other reviewers' submitted scores. Reviewers.",
  })
  async reviewSubmit(
    @Arg('input', () => ReviewSubmitInput, { description: 'The assignment.' }) input: ReviewSubmitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReviewSubmitPayload> {
    const uuid = globalUuid('ReviewAssignment', input.assignmentId, 'input.assignmentId', 'a review assignment');
    const result = await submitReview(ctx.em, uuid, { userId: ctx.viewer!.userId, requestId: ctx.requestId });
    if ('errors' in result) return { assignment: null, userErrors: result.errors };
    return { assignment: toReviewAssignment(result.ok, true), userErrors: [] };
  }
}
