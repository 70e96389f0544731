/**
 * The review side of grants in the contract: the rubric of a call, the review facts of an application (officers),
 * the application an assignment is about (its reviewer), and the ranking of each lot.
 */
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { isOfficer } from '../../../common/auth/viewer.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import {
  ReviewAssignment,
  type ReviewConflictKind,
  ReviewerCandidate,
  ReviewResult,
  ReviewRubric,
  reviewerCandidates,
  toReviewAssignment,
  toReviewResult,
  toReviewRubric,
} from '../../review/index.js';
import { GrantApplicationEntity, GrantCallEntity, GrantLotEntity } from '../grants.entities.js';
import { grantLoaders } from '../grants.loaders.js';
import { GRANT_OFFICERS } from '../grants.resolver.js';
import { GrantApplication, GrantCall, GrantLot, toGrantApplication, toGrantLot } from '../grants.type.js';
import { grantReviewLoaders } from './grant-review.loaders.js';
import { GRANT_APPLICATION_SUBJECT } from './grant-review.service.js';

/** The states of an application that appear in its lot's ranking. */
export const RANKED_STATES = ['UNDER_REVIEW', 'SHORTLISTED', 'REJECTED'] as const;

@ObjectType({ description: 'An application in the ranking of its lot.' })
export class GrantRankingEntry {
  @Field(() => Int, { description: 'Its place in the lot (1 = best mean score; unscored ones last).' })
  rank!: number;

  @Field(() => GrantApplication, { description: 'The application.' })
  application!: GrantApplication;

  @Field(() => ReviewResult, { description: 'Its aggregated reviews, with the divergence flag.' })
  result!: ReviewResult;
}

@ObjectType({ description: 'The ranking of one lot of a call.' })
export class GrantLotRanking {
  @Field(() => GrantLot, { description: 'The lot.' })
  lot!: GrantLot;

  @Field(() => [GrantRankingEntry], {
    description:
      "The lot's applications under review, shortlisted or rejected, best first (bounded by the applications one lot receives).",
  })
  entries!: GrantRankingEntry[];
}

@Resolver(() => GrantCall)
export class GrantCallRubricResolver {
  @FieldResolver(() => ReviewRubric, {
    nullable: true,
    description: 'The rubric the applications are reviewed against (public, as the call’s rules); null until set.',
  })
  async rubric(@Root() call: GrantCall, @Ctx() ctx: GraphQLContext): Promise<ReviewRubric | null> {
    const round = await ctx.loaders.of(grantReviewLoaders).roundByCallId.load(call.uuid);
    return round ? toReviewRubric(round, false) : null;
  }
}

@Resolver(() => GrantApplication)
export class GrantApplicationReviewResolver {
  @Authorized(...GRANT_OFFICERS)
  @FieldResolver(() => ReviewResult, { description: 'The aggregated reviews (officers).' })
  async reviewResult(@Root() application: GrantApplication, @Ctx() ctx: GraphQLContext): Promise<ReviewResult> {
    return toReviewResult(await ctx.loaders.of(grantReviewLoaders).resultByApplicationId.load(application.uuid));
  }

  @Authorized(...GRANT_OFFICERS)
  @FieldResolver(() => [ReviewAssignment], { description: 'Its reviewers and their reviews, with scores (officers).' })
  async reviewAssignments(
    @Root() application: GrantApplication,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReviewAssignment[]> {
    const rows = await ctx.loaders.of(grantReviewLoaders).assignmentsByApplicationId.load(application.uuid);
    return rows.map((r) => toReviewAssignment(r, true));
  }

  @Authorized(...GRANT_OFFICERS)
  @FieldResolver(() => [ReviewerCandidate], {
    description:
      'Every reviewer with whether they are conflicted on or already assigned to it: for one application at a time (officers).',
  })
  async reviewerCandidates(
    @Root() application: GrantApplication,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReviewerCandidate[]> {
    const candidates = await reviewerCandidates(ctx.em, GRANT_APPLICATION_SUBJECT, application.uuid);
    return candidates.map((c) =>
      Object.assign(new ReviewerCandidate(), {
        userId: c.userId,
        name: c.name,
        conflict: c.conflict as ReviewConflictKind | null,
        assigned: c.assigned,
      }),
    );
  }

  @Authorized(...GRANT_OFFICERS)
  @FieldResolver(() => String, { nullable: true, description: "The officers' note in the ranking (officers)." })
  rankingNote(@Root() application: GrantApplication): string | null {
    return application.row.rankingNote;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why it was shortlisted or rejected (told to the lead applicant).',
  })
  decisionNote(@Root() application: GrantApplication): string | null {
    return application.row.decisionNote;
  }
}

@Resolver(() => ReviewAssignment)
export class ReviewAssignmentGrantResolver {
  @FieldResolver(() => GrantApplication, {
    nullable: true,
    description: 'The grant application reviewed (read-only), when the subject is one.',
  })
  async grantApplication(
    @Root() assignment: ReviewAssignment,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplication | null> {
    if (assignment.subjectKind !== GRANT_APPLICATION_SUBJECT) return null;
    // the assignment was already shown only to its reviewer or an officer
    const row = await ctx.em.findOne(GrantApplicationEntity, { id: assignment.subjectId });
    return row ? toGrantApplication(row) : null;
  }
}

@Resolver()
export class GrantRankingQueryResolver {
  @Authorized(...GRANT_OFFICERS)
  @Query(() => [GrantLotRanking], {
    description:
      "The ranking of each lot of a call: applications under review, shortlisted or rejected by mean score, with divergence flags and officers' notes. Officers.",
  })
  async grantCallRanking(
    @Arg('callId', () => ID, { description: 'GrantCall.id.' }) callId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantLotRanking[]> {
    const uuid = globalUuid('GrantCall', callId, 'callId', 'a call');
    const call = await ctx.em.findOne(GrantCallEntity, { id: uuid });
    if (!call || !isOfficer(ctx.viewer)) return [];
    const lots = await ctx.em.find(GrantLotEntity, { callId: call.id }, { orderBy: { position: 'asc' } });
    const applications = await ctx.em.find(GrantApplicationEntity, {
      callId: call.id,
      status: { $in: [...RANKED_STATES] },
    });
    const loader = ctx.loaders.of(grantReviewLoaders).resultByApplicationId;
    const results = await loader.loadMany(applications.map((a) => a.id));
    const resultOf = new Map(applications.map((a, i) => [a.id, results[i] instanceof Error ? undefined : results[i]]));
    ctx.loaders.of(grantLoaders).callById.prime(call.id, call);
    return lots.map((lot) => {
      const ranked = applications
        .filter((a) => a.lotId === lot.id)
        .sort((a, b) => {
          const ma = resultOf.get(a.id)?.meanScore ?? -1;
          const mb = resultOf.get(b.id)?.meanScore ?? -1;
          return mb - ma || (a.receiptNumber ?? '').localeCompare(b.receiptNumber ?? '');
        });
      return Object.assign(new GrantLotRanking(), {
        lot: toGrantLot(lot, call),
        entries: ranked.map((a, i) =>
          Object.assign(new GrantRankingEntry(), {
            rank: i + 1,
            application: toGrantApplication(a, call.currency),
            result: toReviewResult(resultOf.get(a.id)),
          }),
        ),
      });
    });
  }
}
