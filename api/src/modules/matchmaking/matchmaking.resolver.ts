import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { hasMemberRole, isOfficer } from '../../common/auth/viewer.js';
import { paginate } from '../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { type Organization, directoryLoaders, toOrganization } from '../directory/index.js';
import { type Institution, PartnershipParty, partnershipLoaders, toInstitution } from '../partnerships/index.js';
import {
  MatchmakingDayEntity,
  MatchmakingMeetingEntity,
  MatchmakingParticipantEntity,
} from './matchmaking.entities.js';
import { matchmakingLoaders } from './matchmaking.loaders.js';
import {
  MatchmakingAgendaLink,
  MatchmakingDay,
  MatchmakingDayConnection,
  MatchmakingMeeting,
  MatchmakingParticipant,
  MatchmakingParticipantConnection,
  MatchmakingSlot,
  toDay,
  toMeeting,
  toParticipant,
  toSlot,
} from './matchmaking.type.js';

const canSeeDay = (ctx: GraphQLContext, day: MatchmakingDayEntity): boolean =>
  day.status === 'PUBLISHED' || isOfficer(ctx.viewer);

/** Whether the viewer acts for the participant (editor or owner of its party), batched over a page. */
export async function actsFor(ctx: GraphQLContext, participant: MatchmakingParticipantEntity): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (participant.organizationId) return hasMemberRole(viewer, participant.organizationId, 'EDITOR');
  return (await ctx.loaders.of(matchmakingLoaders).actingInstitutions.load(viewer.userId)).has(
    participant.institutionId!,
  );
}

const actsForOrOfficer = async (ctx: GraphQLContext, participant: MatchmakingParticipantEntity) =>
  isOfficer(ctx.viewer) || (await actsFor(ctx, participant));

export async function dayByKey(ctx: GraphQLContext, key: string): Promise<MatchmakingDay | null> {
  const row = await ctx.loaders.of(matchmakingLoaders).dayById.load(key);
  return row && canSeeDay(ctx, row) ? toDay(row) : null;
}

export async function participantByKey(ctx: GraphQLContext, key: string): Promise<MatchmakingParticipant | null> {
  const row = await ctx.loaders.of(matchmakingLoaders).participantById.load(key);
  if (!row) return null;
  const day = await ctx.loaders.of(matchmakingLoaders).dayById.load(row.dayId);
  return day && canSeeDay(ctx, day) ? toParticipant(row) : null;
}

export async function meetingByKey(ctx: GraphQLContext, key: string): Promise<MatchmakingMeeting | null> {
  const loaders = ctx.loaders.of(matchmakingLoaders);
  const meeting = await ctx.em.findOne(MatchmakingMeetingEntity, { id: key });
  if (!meeting) return null;
  const [requester, invitee] = await Promise.all([
    loaders.participantById.load(meeting.requesterId),
    loaders.participantById.load(meeting.inviteeId),
  ]);
  const sees =
    isOfficer(ctx.viewer) ||
    (requester && (await actsFor(ctx, requester))) ||
    (invitee && (await actsFor(ctx, invitee)));
  return sees ? toMeeting(meeting) : null;
}

const keyOf = (id: string, type: string): string | null => {
  const global = fromGlobalId(id);
  const key = global?.type === type ? global.key : id;
  return isUuid(key) ? key : null;
};

@Resolver()
export class MatchmakingQueryResolver {
  @Query(() => MatchmakingDayConnection, {
    description: 'Matchmaking days, latest first: the published ones (officers see drafts too).',
  })
  async matchmakingDays(
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingDayConnection> {
    const where = isOfficer(ctx.viewer) ? {} : { status: 'PUBLISHED' as const };
    const page = await paginate(ctx.em, MatchmakingDayEntity, where, {
      page: pageRequest(pagination),
      orderBy: { createdAt: 'desc', id: 'asc' },
      kind: isOfficer(ctx.viewer) ? 'matchmaking-day-all' : 'matchmaking-day',
      toNode: toDay,
    });
    return Object.assign(new MatchmakingDayConnection(), page);
  }

  @Query(() => MatchmakingDay, {
    nullable: true,
    description: 'One matchmaking day by its id: a published one for everyone, a draft for officers; null otherwise.',
  })
  async matchmakingDay(
    @Arg('id', () => ID, { description: 'MatchmakingDay.id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingDay | null> {
    const key = keyOf(id, 'MatchmakingDay');
    return key ? dayByKey(ctx, key) : null;
  }

  @Query(() => MatchmakingParticipant, {
    nullable: true,
    description: "A participant of a day by its id (null when there is none or its day isn't shown to you).",
  })
  async matchmakingParticipant(
    @Arg('id', () => ID, { description: 'MatchmakingParticipant.id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingParticipant | null> {
    const key = keyOf(id, 'MatchmakingParticipant');
    return key ? participantByKey(ctx, key) : null;
  }
}

@Resolver(() => MatchmakingDay)
export class MatchmakingDayResolver {
  @FieldResolver(() => [MatchmakingSlot], { description: 'Its meeting slots, in order.' })
  async slots(@Root() day: MatchmakingDay, @Ctx() ctx: GraphQLContext): Promise<MatchmakingSlot[]> {
    return (await ctx.loaders.of(matchmakingLoaders).slotsByDay.load(day.uuid)).map(toSlot);
  }

  @FieldResolver(() => MatchmakingParticipantConnection, {
    description: 'Who takes part, in the order they registered.',
  })
  async participants(
    @Root() day: MatchmakingDay,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingParticipantConnection> {
    const page = await paginate(
      ctx.em,
      MatchmakingParticipantEntity,
      { dayId: day.uuid },
      {
        page: pageRequest(pagination),
        orderBy: { createdAt: 'asc', id: 'asc' },
        kind: 'matchmaking-participant',
        toNode: (row) => {
          // the page's rows feed the loader, so their fields read no row twice
          ctx.loaders.of(matchmakingLoaders).participantById.prime(row.id, row);
          return toParticipant(row);
        },
      },
    );
    return Object.assign(new MatchmakingParticipantConnection(), page);
  }

  @FieldResolver(() => [MatchmakingParticipant], {
    description: 'The participations of the parties you act for (editor or owner) in this day; empty for the public.',
  })
  async viewerParticipants(@Root() day: MatchmakingDay, @Ctx() ctx: GraphQLContext): Promise<MatchmakingParticipant[]> {
    const viewer = ctx.viewer;
    if (!viewer) return [];
    const organizations = [...viewer.memberships].filter(([, role]) => role !== 'VIEWER').map(([id]) => id);
    const institutions = [...(await ctx.loaders.of(matchmakingLoaders).actingInstitutions.load(viewer.userId))];
    if (organizations.length === 0 && institutions.length === 0) return [];
    const rows = await ctx.em.find(
      MatchmakingParticipantEntity,
      {
        dayId: day.uuid,
        $or: [{ organizationId: { $in: organizations } }, { institutionId: { $in: institutions } }],
      },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return rows.map(toParticipant);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The online link (online days): for officers and the editors and owners of its participants.',
  })
  async onlineUrl(@Root() day: MatchmakingDay, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!day.row.onlineUrl) return null;
    if (isOfficer(ctx.viewer)) return day.row.onlineUrl;
    return (await this.viewerParticipants(day, ctx)).length > 0 ? day.row.onlineUrl : null;
  }
}

@Resolver(() => MatchmakingParticipant)
export class MatchmakingParticipantResolver {
  @FieldResolver(() => MatchmakingDay, { description: 'The day it takes part in.' })
  async day(@Root() participant: MatchmakingParticipant, @Ctx() ctx: GraphQLContext): Promise<MatchmakingDay> {
    return toDay((await ctx.loaders.of(matchmakingLoaders).dayById.load(participant.row.dayId))!);
  }

  @FieldResolver(() => PartnershipParty, {
    nullable: true,
    description: 'The organisation or institution (with its needs and offers).',
  })
  async party(
    @Root() participant: MatchmakingParticipant,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Organization | Institution | null> {
    if (participant.row.organizationId) {
      const record = await ctx.loaders.of(directoryLoaders).recordById.load(participant.row.organizationId);
      return record ? toOrganization(record) : null;
    }
    const row = await ctx.loaders.of(partnershipLoaders).institutionById.load(participant.row.institutionId!);
    return row ? toInstitution(row) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you act for it (editor or owner of its party).' })
  viewerActsFor(@Root() participant: MatchmakingParticipant, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return actsFor(ctx, participant.row);
  }

  @FieldResolver(() => [ID], {
    nullable: true,
    description: 'The slots it is free in (MatchmakingSlot.id): for its editors and owners, and officers.',
  })
  async availableSlotIds(
    @Root() participant: MatchmakingParticipant,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string[] | null> {
    if (!(await actsForOrOfficer(ctx, participant.row))) return null;
    return ctx.loaders.of(matchmakingLoaders).availabilityByParticipant.load(participant.uuid);
  }

  @FieldResolver(() => [MatchmakingMeeting], {
    nullable: true,
    description:
      'Its agenda: the accepted meetings, in the order of their slots. For its editors and owners, and officers.',
  })
  async agenda(
    @Root() participant: MatchmakingParticipant,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingMeeting[] | null> {
    if (!(await actsForOrOfficer(ctx, participant.row))) return null;
    const loaders = ctx.loaders.of(matchmakingLoaders);
    const accepted = (await loaders.meetingsByParticipant.load(participant.uuid)).filter(
      (m) => m.status === 'ACCEPTED',
    );
    const slots = await loaders.slotsByDay.load(participant.row.dayId);
    const position = new Map(slots.map((s) => [s.id, s.position]));
    return accepted.sort((a, b) => (position.get(a.slotId!) ?? 0) - (position.get(b.slotId!) ?? 0)).map(toMeeting);
  }

  @FieldResolver(() => [MatchmakingMeeting], {
    nullable: true,
    description: 'The meetings it asked for, newest first. For its editors and owners, and officers.',
  })
  async meetingsSent(
    @Root() participant: MatchmakingParticipant,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingMeeting[] | null> {
    if (!(await actsForOrOfficer(ctx, participant.row))) return null;
    const all = await ctx.loaders.of(matchmakingLoaders).meetingsByParticipant.load(participant.uuid);
    return all.filter((m) => m.requesterId === participant.uuid).map(toMeeting);
  }

  @FieldResolver(() => [MatchmakingMeeting], {
    nullable: true,
    description: 'The meetings others asked it for, newest first. For its editors and owners, and officers.',
  })
  async meetingsReceived(
    @Root() participant: MatchmakingParticipant,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingMeeting[] | null> {
    if (!(await actsForOrOfficer(ctx, participant.row))) return null;
    const all = await ctx.loaders.of(matchmakingLoaders).meetingsByParticipant.load(participant.uuid);
    return all.filter((m) => m.inviteeId === participant.uuid).map(toMeeting);
  }

  @FieldResolver(() => MatchmakingAgendaLink, {
    nullable: true,
    description: 'Its agenda feed, without the secret address (null until made). For its editors and owners.',
  })
  async agendaLink(
    @Root() participant: MatchmakingParticipant,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MatchmakingAgendaLink | null> {
    if (!(await actsFor(ctx, participant.row)) || !participant.row.calendarTokenCreatedAt) return null;
    return { url: null, createdAt: participant.row.calendarTokenCreatedAt };
  }
}

@Resolver(() => MatchmakingMeeting)
export class MatchmakingMeetingResolver {
  @FieldResolver(() => MatchmakingParticipant, { description: 'Who asked for it.' })
  async requester(@Root() meeting: MatchmakingMeeting, @Ctx() ctx: GraphQLContext): Promise<MatchmakingParticipant> {
    return toParticipant((await ctx.loaders.of(matchmakingLoaders).participantById.load(meeting.row.requesterId))!);
  }

  @FieldResolver(() => MatchmakingParticipant, { description: 'Who was asked.' })
  async invitee(@Root() meeting: MatchmakingMeeting, @Ctx() ctx: GraphQLContext): Promise<MatchmakingParticipant> {
    return toParticipant((await ctx.loaders.of(matchmakingLoaders).participantById.load(meeting.row.inviteeId))!);
  }

  @FieldResolver(() => MatchmakingSlot, { nullable: true, description: 'The slot it holds (accepted meetings).' })
  async slot(@Root() meeting: MatchmakingMeeting, @Ctx() ctx: GraphQLContext): Promise<MatchmakingSlot | null> {
    if (!meeting.row.slotId) return null;
    const row = await ctx.loaders.of(matchmakingLoaders).slotById.load(meeting.row.slotId);
    return row ? toSlot(row) : null;
  }

  @FieldResolver(() => [MatchmakingSlot], {
    description:
      'The slots free in both agendas, in order (pending meetings; empty otherwise): what the invitee may choose from.',
  })
  async commonFreeSlots(@Root() meeting: MatchmakingMeeting, @Ctx() ctx: GraphQLContext): Promise<MatchmakingSlot[]> {
    if (meeting.row.status !== 'PENDING') return [];
    const loaders = ctx.loaders.of(matchmakingLoaders);
    const ids = [meeting.row.requesterId, meeting.row.inviteeId];
    const [available, booked, slots] = await Promise.all([
      loaders.availabilityByParticipant.loadMany(ids),
      loaders.bookingsByParticipant.loadMany(ids),
      loaders.slotsByDay.load(meeting.row.dayId),
    ]);
    const sets = [...available, ...booked].map((list) => new Set(list instanceof Error ? [] : list));
    return slots
      .filter((s) => sets[0]!.has(s.id) && sets[1]!.has(s.id) && !sets[2]!.has(s.id) && !sets[3]!.has(s.id))
      .map(toSlot);
  }
}
