import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { ReviewError } from '../review.errors.js';
import { declareConflict } from '../review.service.js';
import { ReviewAssignment, toReviewAssignment } from '../review.type.js';

@InputType({ description: 'The input of `reviewConflictDeclare`.' })
export class ReviewConflictDeclareInput {
  @Field(() => ID, { description: 'ReviewAssignment.id of one of your assignments.' })
  @MaxLength(200)
  assignmentId!: string;

  @Field(() => String, { description: 'What the conflict is (kept for the officers; required).' })
  @MaxLength(2000)
  reason!: string;
}

@ObjectType({ description: 'The result of `reviewConflictDeclare`.' })
export class ReviewConflictDeclarePayload {
  @Field(() => ReviewAssignment, { nullable: true, description: 'The assignment, now CONFLICTED.' })
  assignment!: ReviewAssignment | null;

  @Field(() => [ReviewError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: ReviewError[];
}

@Resolver()
export class ReviewConflictDeclareResolver {
  @Authorized('REVIEWER')
  @Mutation(() => ReviewConflictDeclarePayload, {
    description:
      'Declares a conflict of interest on one of your open assignments: it is set aside (its draft scores erased) and you are never assigned to that subject again. Reviewers.',
  })
  async reviewConflictDeclare(
    @Arg('input', () => ReviewConflictDeclareInput, { description: 'The assignment and the reason.' })
    input: ReviewConflictDeclareInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReviewConflictDeclarePayload> {
    const uuid = globalUuid('ReviewAssignment', input.assignmentId, 'input.assignmentId', 'a review assignment');
    const result = await declareConflict(ctx.em, uuid, input.reason, {
      userId: ctx.viewer!.userId,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { assignment: null, userErrors: result.errors };
    return { assignment: toReviewAssignment(result.ok, true), userErrors: [] };
  }
}
