/**
 * The tables of the matchmaking module (migration Matchmaking). Parties (organisations and institutions) belong to
 * other modules and are referred to by id, with the two-column pattern of the partnerships' listings.
 */
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export type MatchmakingDayStatusValue = 'DRAFT' | 'PUBLISHED';
export type MatchmakingMeetingStatusValue = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'CANCELLED';

/** A programme networking day: when, where (a venue in a governorate, or online) and how long a meeting is. */
@Entity({ tableName: 'matchmaking_day' })
export class MatchmakingDayEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  titleAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  titleEn: string | null = null;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ type: 'smallint' })
  slotMinutes!: number;

  @Property({ type: 'text', nullable: true })
  governorateCode: string | null = null;

  @Property({ type: 'text', nullable: true })
  venueAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  venueEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  onlineUrl: string | null = null;

  @Property({ type: 'text' })
  status: MatchmakingDayStatusValue & Opt = 'DRAFT';

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  /** A key of the days' keyset pages: kept to the millisecond, as a cursor carries it. */
  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;
}

/** One meeting slot of a day, generated from its start, end and slot length. */
@Entity({ tableName: 'matchmaking_slot' })
export class MatchmakingSlotEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  dayId!: string;

  @Property({ type: 'smallint' })
  position!: number;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;
}

/** An organisation or an institution taking part in a day (exactly one of the two ids set). */
@Entity({ tableName: 'matchmaking_participant' })
export class MatchmakingParticipantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  dayId!: string;

  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  institutionId: string | null = null;

  @Property({ type: 'text', nullable: true })
  noteAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  noteEn: string | null = null;

  /** SHA-256 of the agenda feed's secret (the URL is given once, when made). */
  @Property({ type: 'text', nullable: true, unique: true })
  calendarTokenHash: string | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  calendarTokenCreatedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  /** A key of the participants' keyset pages: kept to the millisecond, as a cursor carries it. */
  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();
}

/** A slot in which a participant is free to meet. */
@Entity({ tableName: 'matchmaking_availability' })
export class MatchmakingAvailabilityEntity {
  @PrimaryKey({ type: 'uuid' })
  participantId!: string;

  @PrimaryKey({ type: 'uuid' })
  slotId!: string;
}

/** A 1:1 meeting one participant asks another for; an accepted one holds a slot in both agendas. */
@Entity({ tableName: 'matchmaking_meeting' })
export class MatchmakingMeetingEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  dayId!: string;

  @Property({ type: 'uuid' })
  requesterId!: string;

  @Property({ type: 'uuid' })
  inviteeId!: string;

  @Property({ type: 'text' })
  message!: string;

  @Property({ type: 'text' })
  status: MatchmakingMeetingStatusValue & Opt = 'PENDING';

  @Property({ type: 'uuid', nullable: true })
  slotId: string | null = null;

  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  answeredBy: string | null = null;

  /** A key of the meetings' keyset pages: kept to the millisecond, as a cursor carries it. */
  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;
}

/** A slot taken in one participant's agenda by an accepted meeting: the primary key forbids double booking. */
@Entity({ tableName: 'matchmaking_booking' })
export class MatchmakingBookingEntity {
  @PrimaryKey({ type: 'uuid' })
  participantId!: string;

  @PrimaryKey({ type: 'uuid' })
  slotId!: string;

  @Property({ type: 'uuid' })
  meetingId!: string;
}

export const MatchmakingEntities = [
  MatchmakingDayEntity,
  MatchmakingSlotEntity,
  MatchmakingParticipantEntity,
  MatchmakingAvailabilityEntity,
  MatchmakingMeetingEntity,
  MatchmakingBookingEntity,
];
