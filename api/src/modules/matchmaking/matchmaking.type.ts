import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';
import { Connection } from '../../common/pagination/connection.type.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';
import type {
  MatchmakingDayEntity,
  MatchmakingMeetingEntity,
  MatchmakingParticipantEntity,
  MatchmakingSlotEntity,
} from './matchmaking.entities.js';

export enum MatchmakingDayStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(MatchmakingDayStatus, {
  name: 'MatchmakingDayStatus',
  description: 'Whether a matchmaking day is being set up (officers only) or published.',
  valuesConfig: {
    DRAFT: { description: 'Being set up: seen by officers only; nobody takes part yet.' },
    PUBLISHED: { description: 'Public: organisations and institutions take part and meet.' },
  },
});

export enum MatchmakingMeetingStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MatchmakingMeetingStatus, {
  name: 'MatchmakingMeetingStatus',
  description: 'Where a meeting request stands: awaiting an answer, accepted (it holds a slot), declined or cancelled.',
  valuesConfig: {
    PENDING: { description: 'Awaiting an answer from the invitee.' },
    ACCEPTED: { description: 'Accepted: it holds the same slot in both agendas.' },
    DECLINED: { description: 'Declined by the invitee (with a reason, if they gave one).' },
    CANCELLED: { description: 'Cancelled by the requester (an accepted one frees its slot in both agendas).' },
  },
});

@ObjectType({
  implements: Node,
  description:
    'A programme networking day: organisations and institutions take part, say when they are free and hold 1:1 meetings in its slots. Published days are public; drafts are seen by officers.',
})
export class MatchmakingDay extends Node {
  row!: MatchmakingDayEntity;

  @Field(() => ID, { description: 'Stable uuid of the day.' })
  uuid!: string;

  @Field(() => LocalizedText, { description: 'Its title in Arabic and English (either may be missing).' })
  title!: LocalizedText;

  @Field(() => GraphQLDateTime, { description: 'When the first slot starts.' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When the day ends (the last slot ends at or before).' })
  endsAt!: Date;

  @Field(() => Int, { description: 'How long a meeting slot is, in minutes.' })
  slotMinutes!: number;

  @Field(() => String, { nullable: true, description: 'Code of the governorate of the venue (null: online only).' })
  governorateCode!: string | null;

  @Field(() => LocalizedText, { description: 'The venue, in Arabic and English (both null: online only).' })
  venue!: LocalizedText;

  @Field(() => Boolean, { description: 'Whether the meetings are held online (the link is given to participants).' })
  online!: boolean;

  @Field(() => MatchmakingDayStatus, { description: 'Draft or published.' })
  status!: MatchmakingDayStatus;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was published.' })
  publishedAt!: Date | null;
}

export function toDay(row: MatchmakingDayEntity): MatchmakingDay {
  return Object.assign(new MatchmakingDay(), {
    row,
    id: toGlobalId('MatchmakingDay', row.id),
    uuid: row.id,
    title: { ar: row.titleAr, en: row.titleEn },
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    slotMinutes: row.slotMinutes,
    governorateCode: row.governorateCode,
    venue: { ar: row.venueAr, en: row.venueEn },
    online: row.onlineUrl !== null,
    status: row.status as MatchmakingDayStatus,
    publishedAt: row.publishedAt,
  });
}

@ObjectType({ description: 'A meeting slot of a matchmaking day.' })
export class MatchmakingSlot {
  row!: MatchmakingSlotEntity;

  @Field(() => ID, { description: 'Stable uuid of the slot (what availability and acceptance name).' })
  id!: string;

  @Field(() => Int, { description: 'Its place in the day, from 1.' })
  position!: number;

  @Field(() => GraphQLDateTime, { description: 'When it starts.' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it ends.' })
  endsAt!: Date;
}

export function toSlot(row: MatchmakingSlotEntity): MatchmakingSlot {
  return Object.assign(new MatchmakingSlot(), {
    row,
    id: row.id,
    position: row.position,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
  });
}

@ObjectType({
  implements: Node,
  description:
    'An organisation or institution taking part in a matchmaking day. Its agenda, availability and meeting requests are seen by its editors and owners, and officers.',
})
export class MatchmakingParticipant extends Node {
  row!: MatchmakingParticipantEntity;

  @Field(() => ID, { description: 'Stable uuid of the participation.' })
  uuid!: string;

  @Field(() => LocalizedText, { description: 'What it comes for, in its own words (either may be missing).' })
  note!: LocalizedText;

  @Field(() => GraphQLDateTime, { description: 'When it registered.' })
  createdAt!: Date;
}

export function toParticipant(row: MatchmakingParticipantEntity): MatchmakingParticipant {
  return Object.assign(new MatchmakingParticipant(), {
    row,
    id: toGlobalId('MatchmakingParticipant', row.id),
    uuid: row.id,
    note: { ar: row.noteAr, en: row.noteEn },
    createdAt: row.createdAt,
  });
}

@ObjectType({
  implements: Node,
  description:
    'A 1:1 meeting one participant asks another for at a matchmaking day; an accepted one holds the same slot in both agendas. Seen by the two participants and officers.',
})
export class MatchmakingMeeting extends Node {
  row!: MatchmakingMeetingEntity;

  @Field(() => ID, { description: 'Stable uuid of the meeting.' })
  uuid!: string;

  @Field(() => MatchmakingMeetingStatus, { description: 'Pending, accepted, declined or cancelled.' })
  status!: MatchmakingMeetingStatus;

  @Field(() => String, { description: "The requester's message." })
  message!: string;

  @Field(() => String, { nullable: true, description: 'Why the invitee declined, if they said.' })
  declineReason!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was requested.' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was accepted, declined or cancelled.' })
  answeredAt!: Date | null;
}

export function toMeeting(row: MatchmakingMeetingEntity): MatchmakingMeeting {
  return Object.assign(new MatchmakingMeeting(), {
    row,
    id: toGlobalId('MatchmakingMeeting', row.id),
    uuid: row.id,
    status: row.status as MatchmakingMeetingStatus,
    message: row.message,
    declineReason: row.declineReason,
    createdAt: row.createdAt,
    answeredAt: row.answeredAt,
  });
}

@ObjectType({
  description:
    "A participant's secret agenda feed (iCalendar). Only a hash of the secret is kept, so its URL is given once, by matchmakingAgendaLinkReset.",
})
export class MatchmakingAgendaLink {
  @Field(() => String, {
    nullable: true,
    description:
      'The feed\'s address ("subscribe by URL"): only in the answer of matchmakingAgendaLinkReset, null elsewhere.',
  })
  url!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When this secret was made (a reset makes a new one).' })
  createdAt!: Date;
}

const days = Connection(MatchmakingDay, 'MatchmakingDay');
@ObjectType('MatchmakingDayEdge', { description: 'A matchmaking day in a page.' })
export class MatchmakingDayEdge extends days.Edge {}
@ObjectType('MatchmakingDayConnection', { description: 'Matchmaking days, latest first, a page at a time.' })
export class MatchmakingDayConnection extends days.ConnectionType {
  @Field(() => [MatchmakingDayEdge], { description: 'The items of this page, in order.' })
  edges!: MatchmakingDayEdge[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}

const participants = Connection(MatchmakingParticipant, 'MatchmakingParticipant');
@ObjectType('MatchmakingParticipantEdge', { description: 'A participant in a page.' })
export class MatchmakingParticipantEdge extends participants.Edge {}
@ObjectType('MatchmakingParticipantConnection', {
  description: 'The participants of a day, in the order they registered, a page at a time.',
})
export class MatchmakingParticipantConnection extends participants.ConnectionType {
  @Field(() => [MatchmakingParticipantEdge], { description: 'The items of this page, in order.' })
  edges!: MatchmakingParticipantEdge[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}
