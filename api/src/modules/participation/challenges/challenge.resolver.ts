import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isOfficer } from '../../../common/auth/viewer.js';
import { paginate } from '../../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../../common/pagination/pagination.args.js';
import { fromGlobalId, isUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { Organization, directoryLoaders, toOrganization } from '../../directory/index.js';
import { Institution, partnershipLoaders, toInstitution } from '../../partnerships/index.js';
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
import { InnovationChallengeEntity, InnovationIdeaEntity } from './challenge.entities.js';
import { ChallengeRepository } from './challenge.repository.js';
import { InnovationStage } from './challenge.enums.js';
import { challengeLoaders } from './challenge.loaders.js';
import { INNOVATION_IDEA_SUBJECT } from './challenge.service.js';
import {
  InnovationChallenge,
  InnovationChallengeConnection,
  InnovationIdea,
  InnovationStageCount,
  toInnovationChallenge,
  toInnovationIdea,
} from './challenge.type.js';

export const CHALLENGE_OFFICERS = ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'] as const;

const keyOf = (id: string, type: string): string | null => {
  if (isUuid(id)) return id;
  const global = fromGlobalId(id);
  return global?.type === type && isUuid(global.key) ? global.key : null;
};

/** A challenge by its uuid: drafts exist for officers only. */
export async function innovationChallengeByKey(ctx: GraphQLContext, key: string): Promise<InnovationChallenge | null> {
  const row = await ctx.loaders.of(challengeLoaders).challengeById.load(key);
  if (!row || (row.status === 'DRAFT' && !isOfficer(ctx.viewer))) return null;
  return toInnovationChallenge(row);
}

/** An idea by its uuid: public once its challenge is. */
export async function innovationIdeaByKey(ctx: GraphQLContext, key: string): Promise<InnovationIdea | null> {
  const row = await ctx.em.findOne(InnovationIdeaEntity, { id: key });
  const challenge = row ? await innovationChallengeByKey(ctx, row.challengeId) : null;
  return row && challenge ? toInnovationIdea(row) : null;
}

@Resolver()
export class ChallengeQueryResolver {
  @Query(() => InnovationChallengeConnection, {
    description:
      'Social innovation challenges, latest closing first: published ones for everyone, drafts for officers.',
  })
  async innovationChallenges(
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InnovationChallengeConnection> {
    const now = new Date();
    const page = await paginate(
      ctx.em,
      InnovationChallengeEntity,
      isOfficer(ctx.viewer) ? {} : { status: 'PUBLISHED' },
      {
        page: pageRequest(pagination),
        orderBy: { ideasCloseAt: 'desc', id: 'asc' },
        kind: 'innovationChallenge',
        toNode: (row) => {
          ctx.loaders.of(challengeLoaders).challengeById.prime(row.id, row);
          return toInnovationChallenge(row, now);
        },
      },
    );
    return Object.assign(new InnovationChallengeConnection(), page);
  }

  @Query(() => InnovationChallenge, {
    nullable: true,
    description: 'One challenge by its id; null when there is none (or a draft, for those not officers).',
  })
  async innovationChallenge(
    @Arg('id', () => ID, { description: 'InnovationChallenge.id (or its uuid).' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InnovationChallenge | null> {
    const key = keyOf(id, 'InnovationChallenge');
    return key ? innovationChallengeByKey(ctx, key) : null;
  }

  @Query(() => [InnovationStageCount], {
    description:
      'Innovation projects at each stage of the pipeline, over published challenges, for the results dashboard.',
  })
  async innovationStageCounts(@Ctx() ctx: GraphQLContext): Promise<InnovationStageCount[]> {
    const counts = await new ChallengeRepository(ctx.em).ideasPerStage();
    return Object.values(InnovationStage).map((stage) =>
      Object.assign(new InnovationStageCount(), { stage, ideas: counts.get(stage) ?? 0 }),
    );
  }
}

@Resolver(() => InnovationChallenge)
export class InnovationChallengeResolver {
  @FieldResolver(() => [InnovationIdea], { description: 'The ideas sent, first sent first.' })
  async ideas(@Root() challenge: InnovationChallenge, @Ctx() ctx: GraphQLContext): Promise<InnovationIdea[]> {
    const rows = await ctx.loaders.of(challengeLoaders).ideasByChallengeId.load(challenge.uuid);
    return rows.map(toInnovationIdea);
  }

  @FieldResolver(() => ReviewRubric, {
    nullable: true,
    description: 'The rubric the jury reviews the ideas against (public, as the challenge’s rules); null until set.',
  })
  async rubric(@Root() challenge: InnovationChallenge, @Ctx() ctx: GraphQLContext): Promise<ReviewRubric | null> {
    const round = await ctx.loaders.of(challengeLoaders).roundByChallengeId.load(challenge.uuid);
    return round ? toReviewRubric(round, false) : null;
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The directorate that owns it, when one does.' })
  async ownerInstitution(
    @Root() challenge: InnovationChallenge,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Institution | null> {
    if (!challenge.row.ownerInstitutionId) return null;
    const row = await ctx.loaders.of(partnershipLoaders).institutionById.load(challenge.row.ownerInstitutionId);
    return row ? toInstitution(row) : null;
  }
}

@Resolver(() => InnovationIdea)
export class InnovationIdeaResolver {
  @FieldResolver(() => InnovationChallenge, { nullable: true, description: 'The challenge it answers.' })
  challenge(@Root() idea: InnovationIdea, @Ctx() ctx: GraphQLContext): Promise<InnovationChallenge | null> {
    return innovationChallengeByKey(ctx, idea.row.challengeId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation leading it.' })
  async organization(@Root() idea: InnovationIdea, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    const record = await ctx.loaders.of(directoryLoaders).recordById.load(idea.row.organizationId);
    return record ? toOrganization(record) : null;
  }

  @FieldResolver(() => [Organization], { description: 'The other organisations of its team.' })
  async teamOrganizations(@Root() idea: InnovationIdea, @Ctx() ctx: GraphQLContext): Promise<Organization[]> {
    const records = await ctx.loaders.of(directoryLoaders).recordById.loadMany(idea.row.teamOrganizationIds);
    return records.flatMap((r) => (r && !(r instanceof Error) ? [toOrganization(r)] : []));
  }

  @FieldResolver(() => [Institution], { description: 'The public partners (institutions) of its team.' })
  async teamInstitutions(@Root() idea: InnovationIdea, @Ctx() ctx: GraphQLContext): Promise<Institution[]> {
    const rows = await ctx.loaders.of(partnershipLoaders).institutionById.loadMany(idea.row.teamInstitutionIds);
    return rows.flatMap((r) => (r && !(r instanceof Error) ? [toInstitution(r)] : []));
  }

  @Authorized(...CHALLENGE_OFFICERS)
  @FieldResolver(() => ReviewResult, { description: "The jury's aggregated reviews (officers)." })
  async juryResult(@Root() idea: InnovationIdea, @Ctx() ctx: GraphQLContext): Promise<ReviewResult> {
    return toReviewResult(await ctx.loaders.of(challengeLoaders).resultByIdeaId.load(idea.uuid));
  }

  @Authorized(...CHALLENGE_OFFICERS)
  @FieldResolver(() => [ReviewAssignment], { description: 'Its jury and their reviews, with scores (officers).' })
  async juryAssignments(@Root() idea: InnovationIdea, @Ctx() ctx: GraphQLContext): Promise<ReviewAssignment[]> {
    const rows = await ctx.loaders.of(challengeLoaders).assignmentsByIdeaId.load(idea.uuid);
    return rows.map((r) => toReviewAssignment(r, true));
  }

  @Authorized(...CHALLENGE_OFFICERS)
  @FieldResolver(() => [ReviewerCandidate], {
    description:
      'Every reviewer with whether they are conflicted on (a member of its lead or team) or already assigned to it: for one idea at a time (officers).',
  })
  async juryCandidates(@Root() idea: InnovationIdea, @Ctx() ctx: GraphQLContext): Promise<ReviewerCandidate[]> {
    const candidates = await reviewerCandidates(ctx.em, INNOVATION_IDEA_SUBJECT, idea.uuid);
    return candidates.map((c) =>
      Object.assign(new ReviewerCandidate(), {
        userId: c.userId,
        name: c.name,
        conflict: c.conflict as ReviewConflictKind | null,
        assigned: c.assigned,
      }),
    );
  }
}
