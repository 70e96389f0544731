/**
 * Disaggregation, scores, completion and trainers on the training types, and the participation aggregates. Kept
 * apart from training.resolver.ts: who may see what differs here (answers for programme officers only, aggregates
 * for officers and MoSD officials, scores for the session's trainers too).
 */
import { Arg, Authorized, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { isOfficer } from '../../common/auth/viewer.js';
import { ForbiddenError } from '../../common/errors/api-errors.js';
import { paginate } from '../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { globalUuid } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { Viewer } from '../accounts/index.js';
import { TrainingSessionTrainerEntity, disabilityStatus } from './disaggregation.entities.js';
import {
  DISAGGREGATION_CONSENT_PURPOSE,
  DISAGGREGATION_CONSENT_VERSION,
  TrainingDisaggregation,
  TrainingDisaggregationConsent,
  TrainingDisaggregationConsentText,
  TrainingLearningGain,
  TrainingScores,
  type TrainingAgeBand,
  type TrainingSex,
  type WashingtonGroupAnswer,
} from './disaggregation.type.js';
import { trainingInsightLoaders } from './insights.loaders.js';
import { participationReport } from './participation.service.js';
import {
  TrainingParticipationDimension,
  TrainingParticipationFilter,
  TrainingParticipationReport,
} from './participation.type.js';
import { completed, learningGain } from './scores.service.js';
import { TrainingSessionEntity } from './training.entities.js';
import { trainingLoaders } from './training.loaders.js';
import {
  TrainingParticipant,
  TrainingRegistration,
  TrainingSession,
  TrainingSessionConnection,
  toSession,
} from './training.type.js';

/** Who sees the aggregates: officers and MoSD officials (never the public: the issue does not ask for it). */
export const AGGREGATE_ROLES = ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'] as const;
/** Who sees a person's disaggregation answers: the programme's training officers (and administrators). */
export const ANSWER_ROLES = ['PROGRAMME_OFFICER', 'ADMINISTRATOR'] as const;

@Resolver()
export class TrainingInsightQueryResolver {
  @Query(() => TrainingDisaggregationConsentText, {
    description: 'The version and purpose of the consent text the registration form shows for the optional questions.',
  })
  trainingDisaggregationConsentText(): TrainingDisaggregationConsentText {
    return { version: DISAGGREGATION_CONSENT_VERSION, purpose: DISAGGREGATION_CONSENT_PURPOSE };
  }

  @Authorized(...AGGREGATE_ROLES)
  @Query(() => TrainingParticipationReport, {
    description:
      'Participation in training (confirmed, attended, completed) by sex, age band, disability, governorate and organisation, for the results dashboard: cells under 5 suppressed, with complementary suppression (officers and MoSD officials).',
  })
  trainingParticipation(
    @Arg('filter', () => TrainingParticipationFilter, { nullable: true, description: 'Which participations.' })
    filter: TrainingParticipationFilter | null,
    @Arg('by', () => [TrainingParticipationDimension], {
      description: 'The dimensions of the table (none: the totals only).',
    })
    by: TrainingParticipationDimension[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingParticipationReport> {
    return participationReport(
      ctx.em,
      {
        courseId: filter?.courseId
          ? globalUuid('TrainingCourse', filter.courseId, 'filter.courseId', 'a course')
          : null,
        sessionId: filter?.sessionId
          ? globalUuid('TrainingSession', filter.sessionId, 'filter.sessionId', 'a session')
          : null,
        startsFrom: filter?.startsFrom ?? null,
        startsBefore: filter?.startsBefore ?? null,
      },
      by,
    );
  }
}

@Resolver(() => TrainingRegistration)
export class TrainingRegistrationInsightResolver {
  @Authorized(...ANSWER_ROLES)
  @FieldResolver(() => TrainingDisaggregation, {
    nullable: true,
    description:
      "The participant's disaggregation answers (sensitive: programme officers only); null without consent in force.",
  })
  async disaggregation(
    @Root() registration: TrainingRegistration,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingDisaggregation | null> {
    const row = await ctx.loaders.of(trainingInsightLoaders).disaggregationByRegistrationId.load(registration.uuid);
    if (!row || row.withdrawnAt) return null;
    return {
      sex: row.sex as TrainingSex | null,
      ageBand: row.ageBand as TrainingAgeBand | null,
      seeing: row.wgSeeing as WashingtonGroupAnswer | null,
      hearing: row.wgHearing as WashingtonGroupAnswer | null,
      walking: row.wgWalking as WashingtonGroupAnswer | null,
      cognition: row.wgCognition as WashingtonGroupAnswer | null,
      selfCare: row.wgSelfCare as WashingtonGroupAnswer | null,
      communication: row.wgCommunication as WashingtonGroupAnswer | null,
      disability: disabilityStatus(row),
    };
  }

  @FieldResolver(() => TrainingDisaggregationConsent, {
    nullable: true,
    description:
      'The consent given for the optional questions and its withdrawal, if any (for the person and officers; null for anyone else).',
  })
  async disaggregationConsent(
    @Root() registration: TrainingRegistration,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingDisaggregationConsent | null> {
    if (!ctx.viewer || (ctx.viewer.userId !== registration.row.userId && !isOfficer(ctx.viewer))) return null;
    const row = await ctx.loaders.of(trainingInsightLoaders).disaggregationByRegistrationId.load(registration.uuid);
    if (!row) return null;
    return {
      purpose: row.consentPurpose,
      textVersion: row.consentTextVersion,
      consentedAt: row.consentedAt,
      withdrawnAt: row.withdrawnAt,
    };
  }

  @FieldResolver(() => TrainingScores, { description: 'Pre- and post-test scores and the learning gain.' })
  scores(@Root() registration: TrainingRegistration): TrainingScores {
    const { preTestScore: preTest, postTestScore: postTest } = registration.row;
    return { preTest, postTest, learningGain: learningGain(preTest, postTest) };
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the participant completed the session: the course's share of days attended and its post-test pass mark, if any.",
  })
  async completed(@Root() registration: TrainingRegistration, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (registration.row.status !== 'CONFIRMED') return false;
    const loaders = ctx.loaders.of(trainingLoaders);
    const session = (await loaders.sessionById.load(registration.row.sessionId))!;
    const course = (await loaders.courseById.load(session.courseId))!;
    const days = await ctx.loaders.of(trainingInsightLoaders).daysAttendedByRegistrationId.load(registration.uuid);
    return completed(
      { attendancePercent: course.completionAttendancePercent, passMark: course.completionPassMark },
      days,
      registration.row.postTestScore,
    );
  }
}

@Resolver(() => TrainingSession)
export class TrainingSessionInsightResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether the signed-in person is a trainer of this session (false for the public).',
  })
  async viewerIsTrainer(@Root() session: TrainingSession, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (!ctx.viewer) return false;
    return ctx.loaders.of(trainingInsightLoaders).isTrainerFor(ctx.viewer.userId).load(session.uuid);
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => TrainingLearningGain, {
    description:
      "The session's learning gain: mean of post minus pre over the participants with both scores, with n (officers and the session's trainers).",
  })
  async learningGain(@Root() session: TrainingSession, @Ctx() ctx: GraphQLContext): Promise<TrainingLearningGain> {
    await requireRunnerOf(ctx, session.uuid);
    return ctx.loaders.of(trainingInsightLoaders).learningGainBySessionId.load(session.uuid);
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => [TrainingParticipant], {
    description: "The session's trainers' accounts (officers and the session's trainers).",
  })
  async trainerAccounts(@Root() session: TrainingSession, @Ctx() ctx: GraphQLContext): Promise<TrainingParticipant[]> {
    await requireRunnerOf(ctx, session.uuid);
    const rows = await ctx.loaders.of(trainingInsightLoaders).trainersBySessionId.load(session.uuid);
    return rows.map((r) => ({ uuid: r.id, name: r.name, email: r.email }));
  }
}

/** Officers, or a trainer of this session; anyone else is refused. */
export async function requireRunnerOf(ctx: GraphQLContext, sessionId: string): Promise<void> {
  const viewer = ctx.viewer!;
  if (isOfficer(viewer)) return;
  if (await ctx.loaders.of(trainingInsightLoaders).isTrainerFor(viewer.userId).load(sessionId)) return;
  throw new ForbiddenError();
}

@Resolver(() => Viewer)
export class ViewerTrainerResolver {
  @FieldResolver(() => TrainingSessionConnection, {
    description: 'The sessions the person is a trainer of, soonest first.',
  })
  async trainingSessionsAsTrainer(
    @Root() viewer: Viewer,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingSessionConnection> {
    const held = await ctx.em.find(TrainingSessionTrainerEntity, { userId: viewer.principal.userId });
    const now = new Date();
    const page = await paginate(
      ctx.em,
      TrainingSessionEntity,
      { id: { $in: held.map((t) => t.sessionId) } },
      {
        page: pageRequest(pagination),
        orderBy: { startsAt: 'asc', id: 'asc' },
        kind: 'trainer-training-session',
        toNode: (row) => toSession(row, now),
      },
    );
    return Object.assign(new TrainingSessionConnection(), page);
  }
}
