import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid, isUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import {
  ReviewAssignment,
  ReviewError,
  ReviewErrorCode,
  assignReviewers,
  reviewError,
  toReviewAssignment,
} from '../../../review/index.js';
import { InnovationIdeaEntity } from '../challenge.entities.js';
import { CHALLENGE_OFFICERS } from '../challenge.resolver.js';
import { INNOVATION_IDEA_SUBJECT } from '../challenge.service.js';
import { InnovationIdea, toInnovationIdea } from '../challenge.type.js';

@InputType({ description: 'The input of `innovationIdeaReviewersAssign`.' })
export class InnovationIdeaReviewersAssignInput {
  @Field(() => ID, { description: 'InnovationIdea.id of a submitted idea (or one under review).' })
  @MaxLength(200)
  ideaId!: string;

  @Field(() => [ID], { description: 'Uuids of the jurors to add (ReviewerCandidate.userId).' })
  @ArrayMaxSize(10)
  @MaxLength(200, { each: true })
  reviewerIds!: string[];
}

@ObjectType({ description: 'The result of `innovationIdeaReviewersAssign`.' })
export class InnovationIdeaReviewersAssignPayload {
  @Field(() => InnovationIdea, { nullable: true, description: 'The idea, now UNDER_REVIEW.' })
  idea!: InnovationIdea | null;

  @Field(() => [ReviewAssignment], { description: 'The assignments made (empty when refused).' })
  assignments!: ReviewAssignment[];

  @Field(() => [ReviewError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: ReviewError[];
}

@Resolver()
export class InnovationIdeaReviewersAssignResolver {
  @Authorized(...CHALLENGE_OFFICERS)
  @Mutation(() => InnovationIdeaReviewersAssignPayload, {
    description:
      "Assigns jurors to an idea (it moves UNDER_REVIEW) with the review module's rules: each holds the reviewer role and is free of conflict — never a member of its lead or team, never one who declared a conflict — and the idea then has at least two. All or nothing. Officers.",
  })
  async innovationIdeaReviewersAssign(
    @Arg('input', () => InnovationIdeaReviewersAssignInput, { description: 'The idea and the jurors.' })
    input: InnovationIdeaReviewersAssignInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InnovationIdeaReviewersAssignPayload> {
    const uuid = globalUuid('InnovationIdea', input.ideaId, 'input.ideaId', 'an idea');
    const bad = input.reviewerIds.findIndex((id) => !isUuid(id));
    if (bad >= 0)
      return {
        idea: null,
        assignments: [],
        userErrors: [
          reviewError(ReviewErrorCode.NOT_A_REVIEWER, 'not the uuid of a person', ['reviewerIds', `${bad}`]),
        ],
      };
    const result = await assignReviewers(ctx.em, INNOVATION_IDEA_SUBJECT, uuid, input.reviewerIds, {
      userId: ctx.viewer!.userId,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { idea: null, assignments: [], userErrors: result.errors };
    const row = await ctx.em.findOneOrFail(InnovationIdeaEntity, { id: uuid });
    return {
      idea: toInnovationIdea(row),
      assignments: result.ok.map((a) => toReviewAssignment(a, true)),
      userErrors: [],
    };
  }
}
