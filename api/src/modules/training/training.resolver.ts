import { GraphQLDateTime } from 'graphql-scalars';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { isOfficer } from '../../common/auth/viewer.js';
import { paginate } from '../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { globalUuid } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { Viewer } from '../accounts/index.js';
import {
  Governorate,
  Organization,
  cachedCodeLists,
  directoryLoaders,
  toGovernorate,
  toOrganization,
} from '../directory/index.js';
import { TrainingCourseEntity, TrainingRegistrationEntity } from './training.entities.js';
import { TrainingSessionRepository } from './training-session.repository.js';
import { TrainingAudience, TrainingLanguage, TrainingRegistrationStatus } from './training.enums.js';
import { cachedTopics, trainingLoaders } from './training.loaders.js';
import { requireRunnerOf } from './insights.resolver.js';
import {
  TrainingAttendance,
  TrainingCourse,
  TrainingCourseConnection,
  TrainingParticipant,
  TrainingRegistration,
  TrainingRegistrationConnection,
  TrainingSession,
  TrainingSessionConnection,
  TrainingSessionDay,
  TrainingTopic,
  TrainingVenue,
  toCourse,
  toRegistration,
  toSession,
} from './training.type.js';

export const OFFICER_ROLES = ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'] as const;

@InputType({ description: 'Which courses to list.' })
export class TrainingCourseFilter {
  @Field(() => [String], { nullable: true, description: 'Topic codes (any of them).' })
  @ArrayMaxSize(50)
  topics?: string[] | null;

  @Field(() => TrainingAudience, { nullable: true, description: 'Courses for this audience (BOTH matches either).' })
  audience?: TrainingAudience | null;
}

@InputType({ description: 'Which sessions to list (the catalogue).' })
export class TrainingSessionFilter {
  @Field(() => ID, { nullable: true, description: 'Sessions of this course (TrainingCourse.id).' })
  @MaxLength(200)
  courseId?: string | null;

  @Field(() => [String], { nullable: true, description: "Topic codes of the sessions' courses (any of them)." })
  @ArrayMaxSize(50)
  topics?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Governorate codes of the venue (any of them), e.g. JO-IR.' })
  @ArrayMaxSize(20)
  governorates?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: online sessions only; false: in person only.' })
  online?: boolean | null;

  @Field(() => [TrainingLanguage], { nullable: true, description: 'Languages (any of them).' })
  languages?: TrainingLanguage[] | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Sessions starting at or after this moment (e.g. the first of a month in Amman).',
  })
  startsFrom?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Sessions starting before this moment.' })
  startsBefore?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only sessions with a seat left.' })
  seatsLeft?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Include sessions that have ended and cancelled ones (default false: only those still to come).',
  })
  includePast?: boolean | null;
}

export async function trainingCourseByKey(ctx: GraphQLContext, key: string): Promise<TrainingCourse | null> {
  const row = await ctx.loaders.of(trainingLoaders).courseById.load(key);
  return row ? toCourse(row) : null;
}

export async function trainingSessionByKey(ctx: GraphQLContext, key: string): Promise<TrainingSession | null> {
  const row = await ctx.loaders.of(trainingLoaders).sessionById.load(key);
  return row ? toSession(row) : null;
}

/** A registration for its person and for officers only: for anyone else it does not exist. */
export async function trainingRegistrationByKey(
  ctx: GraphQLContext,
  key: string,
): Promise<TrainingRegistration | null> {
  if (!ctx.viewer) return null;
  const row = await ctx.em.findOne(TrainingRegistrationEntity, { id: key });
  if (!row || (row.userId !== ctx.viewer.userId && !isOfficer(ctx.viewer))) return null;
  return toRegistration(row);
}

@Resolver()
export class TrainingQueryResolver {
  @Query(() => [TrainingTopic], { description: 'The topics of the training catalogue, in their order.' })
  async trainingTopics(@Ctx() ctx: GraphQLContext): Promise<TrainingTopic[]> {
    return [...(await cachedTopics(ctx.em)).values()].map((t) => ({
      code: t.code,
      name: { ar: t.nameAr, en: t.nameEn },
    }));
  }

  @Query(() => TrainingCourseConnection, { description: 'The courses of the catalogue, newest first.' })
  async trainingCourses(
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Arg('filter', () => TrainingCourseFilter, { nullable: true, description: 'Which courses.' })
    filter: TrainingCourseFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingCourseConnection> {
    const where: FilterQuery<TrainingCourseEntity> = {};
    if (filter?.topics?.length) where.topicCode = { $in: filter.topics };
    if (filter?.audience)
      where.audience = filter.audience === TrainingAudience.BOTH ? 'BOTH' : { $in: [filter.audience, 'BOTH'] };
    const page = await paginate(ctx.em, TrainingCourseEntity, where, {
      page: pageRequest(pagination),
      orderBy: { createdAt: 'desc', id: 'asc' },
      kind: 'training-course',
      toNode: toCourse,
    });
    return Object.assign(new TrainingCourseConnection(), page);
  }

  @Query(() => TrainingCourse, {
    nullable: true,
    description: 'A course by its id (TrainingCourse.id); null when there is none.',
  })
  trainingCourse(@Arg('id', () => ID, { description: 'TrainingCourse.id.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return trainingCourseByKey(ctx, globalUuid('TrainingCourse', id, 'id', 'a course'));
  }

  @Query(() => TrainingSessionConnection, {
    description:
      'The catalogue of sessions, soonest first: by topic, governorate, online, language, dates and seats left.',
  })
  async trainingSessions(
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Arg('filter', () => TrainingSessionFilter, { nullable: true, description: 'Which sessions.' })
    filter: TrainingSessionFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingSessionConnection> {
    const now = new Date();
    const page = await new TrainingSessionRepository(ctx.em).catalogue(
      {
        ...filter,
        courseId: filter?.courseId
          ? globalUuid('TrainingCourse', filter.courseId, 'filter.courseId', 'a course')
          : null,
      },
      pageRequest(pagination),
      (row) => toSession(row, now),
      now,
    );
    return Object.assign(new TrainingSessionConnection(), page);
  }

  @Query(() => TrainingSession, {
    nullable: true,
    description: 'A session by its id (TrainingSession.id); null when there is none.',
  })
  trainingSession(@Arg('id', () => ID, { description: 'TrainingSession.id.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return trainingSessionByKey(ctx, globalUuid('TrainingSession', id, 'id', 'a session'));
  }
}

@Resolver(() => TrainingCourse)
export class TrainingCourseResolver {
  @FieldResolver(() => TrainingTopic, { description: 'Its topic.' })
  async topic(@Root() course: TrainingCourse, @Ctx() ctx: GraphQLContext): Promise<TrainingTopic> {
    const topic = (await cachedTopics(ctx.em)).get(course.topicCode)!;
    return { code: topic.code, name: { ar: topic.nameAr, en: topic.nameEn } };
  }
}

@Resolver(() => TrainingVenue)
export class TrainingVenueResolver {
  @FieldResolver(() => Governorate, { description: 'Governorate of the venue.' })
  async governorate(@Root() venue: TrainingVenue, @Ctx() ctx: GraphQLContext): Promise<Governorate> {
    return toGovernorate((await cachedCodeLists(ctx.em)).governorates.get(venue.governorateCode)!);
  }
}

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @FieldResolver(() => TrainingCourse, { description: 'The course this session is a run of.' })
  async course(@Root() session: TrainingSession, @Ctx() ctx: GraphQLContext): Promise<TrainingCourse> {
    return toCourse((await ctx.loaders.of(trainingLoaders).courseById.load(session.row.courseId))!);
  }

  @FieldResolver(() => [TrainingSessionDay], { description: 'Its days, in order (UTC; shown in Asia/Amman).' })
  async days(@Root() session: TrainingSession, @Ctx() ctx: GraphQLContext): Promise<TrainingSessionDay[]> {
    const days = await ctx.loaders.of(trainingLoaders).daysBySessionId.load(session.uuid);
    return days.map((d) => ({ position: d.position, startsAt: d.startsAt, endsAt: d.endsAt }));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Link of an online session: shown to its confirmed participants and to officers; null for anyone else.',
  })
  async onlineUrl(@Root() session: TrainingSession, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!session.row.onlineUrl || !ctx.viewer) return null;
    if (isOfficer(ctx.viewer)) return session.row.onlineUrl;
    const own = await ctx.loaders
      .of(trainingLoaders)
      .activeRegistrationBySessionIdFor(ctx.viewer.userId)
      .load(session.uuid);
    return own?.status === 'CONFIRMED' ? session.row.onlineUrl : null;
  }

  @FieldResolver(() => TrainingRegistration, {
    nullable: true,
    description: "The signed-in person's own registration for this session (confirmed or waitlisted); null if none.",
  })
  async viewerRegistration(
    @Root() session: TrainingSession,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingRegistration | null> {
    if (!ctx.viewer) return null;
    const own = await ctx.loaders
      .of(trainingLoaders)
      .activeRegistrationBySessionIdFor(ctx.viewer.userId)
      .load(session.uuid);
    return own ? toRegistration(own) : null;
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => TrainingRegistrationConnection, {
    description:
      "The registrants, with their accommodations (personal data: officers and the session's trainers only), in the order they registered.",
  })
  async registrations(
    @Root() session: TrainingSession,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Arg('status', () => TrainingRegistrationStatus, {
      nullable: true,
      description: 'Only registrations in this status.',
    })
    status: TrainingRegistrationStatus | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingRegistrationConnection> {
    await requireRunnerOf(ctx, session.uuid);
    const page = await paginate(
      ctx.em,
      TrainingRegistrationEntity,
      { sessionId: session.uuid, ...(status ? { status } : {}) },
      {
        page: pageRequest(pagination),
        orderBy: { createdAt: 'asc', id: 'asc' },
        kind: `training-registration-${status ?? 'all'}`,
        toNode: toRegistration,
      },
    );
    return Object.assign(new TrainingRegistrationConnection(), page);
  }
}

@Resolver(() => TrainingRegistration)
export class TrainingRegistrationResolver {
  @FieldResolver(() => TrainingSession, { description: 'The session registered for.' })
  async session(@Root() registration: TrainingRegistration, @Ctx() ctx: GraphQLContext): Promise<TrainingSession> {
    return toSession((await ctx.loaders.of(trainingLoaders).sessionById.load(registration.row.sessionId))!);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organisation registered for; null for a public official (or an organisation since removed).',
  })
  async organization(
    @Root() registration: TrainingRegistration,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Organization | null> {
    if (!registration.row.organizationId) return null;
    const record = await ctx.loaders.of(directoryLoaders).recordById.load(registration.row.organizationId);
    return record ? toOrganization(record) : null;
  }

  @FieldResolver(() => [TrainingAttendance], { description: 'The days marked so far, in order.' })
  attendance(@Root() registration: TrainingRegistration, @Ctx() ctx: GraphQLContext): Promise<TrainingAttendance[]> {
    return ctx.loaders.of(trainingLoaders).attendanceByRegistrationId.load(registration.uuid);
  }

  @FieldResolver(() => TrainingParticipant, {
    nullable: true,
    description: 'The person registered (null once erased).',
  })
  async participant(
    @Root() registration: TrainingRegistration,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingParticipant | null> {
    const person = await ctx.loaders.of(trainingLoaders).personById.load(registration.row.userId);
    return person ? { uuid: person.id, name: person.name, email: person.email } : null;
  }
}

@Resolver(() => Viewer)
export class ViewerTrainingResolver {
  @FieldResolver(() => TrainingRegistrationConnection, {
    description: "The person's training registrations, newest first (cancelled ones only when asked).",
  })
  async trainingRegistrations(
    @Root() viewer: Viewer,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Arg('includeCancelled', () => Boolean, {
      nullable: true,
      description: 'Include cancelled registrations (default false).',
    })
    includeCancelled: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingRegistrationConnection> {
    const page = await paginate(
      ctx.em,
      TrainingRegistrationEntity,
      { userId: viewer.principal.userId, ...(includeCancelled ? {} : { status: { $ne: 'CANCELLED' as const } }) },
      {
        page: pageRequest(pagination),
        orderBy: { createdAt: 'desc', id: 'asc' },
        kind: `viewer-training-registration-${includeCancelled ? 'all' : 'active'}`,
        toNode: toRegistration,
      },
    );
    return Object.assign(new TrainingRegistrationConnection(), page);
  }
}
