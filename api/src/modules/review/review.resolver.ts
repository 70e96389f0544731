/** Reviewers' queries and the fields of an assignment: each reviewer sees only their own, peers after submitting. */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { paginate } from '../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { Viewer } from '../accounts/index.js';
import { ReviewAssignmentEntity } from './review.entities.js';
import { reviewLoaders } from './review.loaders.js';
import { reviewSubject } from './review.subjects.js';
import {
  ReviewAssignment,
  ReviewAssignmentConnection,
  ReviewAssignmentStatus,
  ReviewRubric,
  ReviewScore,
  toReviewAssignment,
  toReviewRubric,
} from './review.type.js';

/** The assignment as the viewer may see it: their own, or any for those who administer its kind; else null. */
export async function reviewAssignmentByKey(ctx: GraphQLContext, key: string): Promise<ReviewAssignment | null> {
  if (!ctx.viewer || !isUuid(key)) return null;
  const row = await ctx.em.findOne(ReviewAssignmentEntity, { id: key });
  if (!row) return null;
  const own = row.reviewerId === ctx.viewer.userId;
  if (!own && !reviewSubject(row.subjectKind).mayAdminister(ctx.viewer)) return null;
  return toReviewAssignment(row, true);
}

@Resolver()
export class ReviewQueryResolver {
  @Query(() => ReviewAssignment, {
    nullable: true,
    description:
      'One review assignment: the reviewer sees their own, officers any; null for anyone else, as for an id that does not exist.',
  })
  async reviewAssignment(
    @Arg('id', () => ID, { description: 'ReviewAssignment.id (or its uuid).' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReviewAssignment | null> {
    const key = isUuid(id) ? id : fromGlobalId(id)?.type === 'ReviewAssignment' ? fromGlobalId(id)!.key : null;
    return key ? reviewAssignmentByKey(ctx, key) : null;
  }
}

@Resolver(() => Viewer)
export class ViewerReviewAssignmentsResolver {
  @FieldResolver(() => ReviewAssignmentConnection, {
    description: 'The review assignments of the person (a reviewer), newest first.',
  })
  async reviewAssignments(
    @Root() viewer: Viewer,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReviewAssignmentConnection> {
    const page = await paginate(
      ctx.em,
      ReviewAssignmentEntity,
      { reviewerId: viewer.principal.userId },
      {
        page: pageRequest(pagination),
        orderBy: { assignedAt: 'desc', id: 'asc' },
        kind: 'viewer-review-assignment',
        toNode: (row) => toReviewAssignment(row, true),
      },
    );
    return Object.assign(new ReviewAssignmentConnection(), page);
  }
}

@Resolver(() => ReviewAssignment)
export class ReviewAssignmentResolver {
  @FieldResolver(() => [ReviewScore], {
    nullable: true,
    description:
      "The scores per criterion: the reviewer's own, officers', and other reviewers' only once the viewer submitted their own review of the same subject (null otherwise).",
  })
  async scores(@Root() assignment: ReviewAssignment, @Ctx() ctx: GraphQLContext): Promise<ReviewScore[] | null> {
    if (!assignment.scoresVisible) return null;
    const rows = await ctx.loaders.of(reviewLoaders).scoresByAssignmentId.load(assignment.uuid);
    return rows.map((r) =>
      Object.assign(new ReviewScore(), { criterionCode: r.criterionCode, score: r.score, comment: r.comment }),
    );
  }

  @FieldResolver(() => ReviewRubric, { nullable: true, description: 'The rubric the reviewer scores against.' })
  async rubric(@Root() assignment: ReviewAssignment, @Ctx() ctx: GraphQLContext): Promise<ReviewRubric | null> {
    const round = await ctx.loaders.of(reviewLoaders).roundById.load(assignment.roundId);
    return round ? toReviewRubric(round, true) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The reviewer's name: shown to the reviewer and to officers, never to other reviewers.",
  })
  async reviewerName(@Root() assignment: ReviewAssignment, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    const viewer = ctx.viewer;
    if (!viewer) return null;
    if (assignment.reviewerId !== viewer.userId && !reviewSubject(assignment.subjectKind).mayAdminister(viewer))
      return null;
    return ctx.loaders.of(reviewLoaders).reviewerNameById.load(assignment.reviewerId);
  }

  @FieldResolver(() => [ReviewAssignment], {
    nullable: true,
    description:
      "The other reviewers' submitted reviews of the same subject, with their scores: null until the viewer submitted this review of theirs.",
  })
  async peerReviews(
    @Root() assignment: ReviewAssignment,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReviewAssignment[] | null> {
    if (assignment.reviewerId !== ctx.viewer?.userId || assignment.status !== ReviewAssignmentStatus.SUBMITTED)
      return null;
    const rows = await ctx.em.find(
      ReviewAssignmentEntity,
      {
        subjectKind: assignment.subjectKind,
        subjectId: assignment.subjectId,
        status: 'SUBMITTED',
        id: { $ne: assignment.uuid },
      },
      { orderBy: { submittedAt: 'asc', id: 'asc' } },
    );
    return rows.map((r) => toReviewAssignment(r, true));
  }
}
