import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TrainingDisaggregationEntity, TrainingSessionTrainerEntity } from './disaggregation.entities.js';

export type CourseLevel = 'INTRODUCTORY' | 'INTERMEDIATE' | 'ADVANCED';
export type TrainingAudienceValue = 'CSO_STAFF' | 'PUBLIC_OFFICIALS' | 'BOTH';
export type SessionLanguage = 'ARABIC' | 'ENGLISH' | 'ARABIC_AND_ENGLISH';
export type RegistrationStatusValue = 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';

/** A topic of the training catalogue (a code list: it changes through migrations only). */
@Entity({ tableName: 'training_topic' })
export class TrainingTopicEntity {
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Property({ type: 'string' })
  nameAr!: string;

  @Property({ type: 'string' })
  nameEn!: string;

  @Property({ type: 'smallint' })
  position!: number;
}

/** A course of the programme's training catalogue; its runs are sessions. */
@Entity({ tableName: 'training_course' })
export class TrainingCourseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  titleAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  titleEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  descriptionAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  descriptionEn: string | null = null;

  @Property({ type: 'text' })
  topicCode!: string;

  @Property({ type: 'text' })
  level!: CourseLevel;

  @Property({ type: 'text' })
  audience!: TrainingAudienceValue;

  @Property({ type: 'smallint' })
  expectedHours!: number;

  @Property({ type: 'text', nullable: true })
  prerequisitesAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  prerequisitesEn: string | null = null;

  /** Share of the session's days a participant must attend to complete it (percent). */
  @Property({ type: 'smallint' })
  completionAttendancePercent: number & Opt = 80;

  /** Post-test score (percent) a participant must reach to complete it, when there is a post-test. */
  @Property({ type: 'smallint', nullable: true })
  completionPassMark: number | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** A run of a course: its days, venue or online link, seats and eligibility, with its confirmed and waitlisted counts. */
@Entity({ tableName: 'training_session' })
export class TrainingSessionEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  courseId!: string;

  /** Start of its first day (kept with the days, for the catalogue's order and filters). */
  @Property({ type: 'datetime', length: 3 })
  startsAt!: Date;

  /** End of its last day. */
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ type: 'text', nullable: true })
  governorateCode: string | null = null;

  @Property({ type: 'text', nullable: true })
  venueAddressAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  venueAddressEn: string | null = null;

  @Property({ type: 'boolean' })
  stepFreeAccess: boolean & Opt = false;

  @Property({ type: 'boolean' })
  accessibleToilet: boolean & Opt = false;

  @Property({ type: 'boolean' })
  hearingLoop: boolean & Opt = false;

  @Property({ type: 'boolean' })
  signLanguageInterpretation: boolean & Opt = false;

  /** The link of an online session (shown to its confirmed participants and officers only). */
  @Property({ type: 'text', nullable: true })
  onlineUrl: string | null = null;

  @Property({ type: 'text' })
  language!: SessionLanguage;

  @Property({ type: 'text[]' })
  trainers: string[] & Opt = [];

  @Property({ type: 'integer' })
  seats!: number;

  /** Confirmed registrations (written only under the session's row lock). */
  @Property({ type: 'integer' })
  confirmedCount: number & Opt = 0;

  /** Waitlisted registrations: their positions are 1..waitlistCount. */
  @Property({ type: 'integer' })
  waitlistCount: number & Opt = 0;

  @Property({ type: 'datetime' })
  registrationOpensAt!: Date;

  @Property({ type: 'datetime' })
  registrationDeadline!: Date;

  @Property({ type: 'datetime' })
  cancellationDeadline!: Date;

  @Property({ type: 'boolean' })
  verifiedOrganizationsOnly: boolean & Opt = true;

  @Property({ type: 'integer', nullable: true })
  maxPerOrganization: number | null = null;

  @Property({ type: 'text' })
  audience!: TrainingAudienceValue;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  cancellationReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  /** The calendar events' SEQUENCE: raised by the database's triggers when the times, venue or status change. */
  @Property({ type: 'integer' })
  calendarSequence: number & Opt = 0;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** One day of a session: when it starts and ends (UTC). */
@Entity({ tableName: 'training_session_day' })
export class TrainingSessionDayEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  sessionId!: string;

  @Property({ type: 'smallint' })
  position!: number;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;
}

/** A person's registration for a session, for an organisation they belong to or as a public official. */
@Entity({ tableName: 'training_registration' })
export class TrainingRegistrationEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  sessionId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Property({ type: 'boolean' })
  asPublicOfficial: boolean & Opt = false;

  @Property({ type: 'text' })
  status!: RegistrationStatusValue;

  /** 1 for the first waitlisted; null unless waitlisted. */
  @Property({ type: 'integer', nullable: true })
  waitlistPosition: number | null = null;

  @Property({ type: 'boolean' })
  needsSignLanguage: boolean & Opt = false;

  @Property({ type: 'boolean' })
  needsAccessibleVenue: boolean & Opt = false;

  @Property({ type: 'boolean' })
  needsTransport: boolean & Opt = false;

  @Property({ type: 'boolean' })
  needsCarerSeat: boolean & Opt = false;

  @Property({ type: 'boolean' })
  needsAccessibleMaterials: boolean & Opt = false;

  @Property({ type: 'text', nullable: true })
  accommodationsNote: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  accommodationsConfirmedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  accommodationsConfirmedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  registeredBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  confirmedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  cancelledBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  cancellationReason: string | null = null;

  /** Pre-test score (0 to 100), when one was recorded. */
  @Property({ type: 'smallint', nullable: true })
  preTestScore: number | null = null;

  /** Post-test score (0 to 100): the course's pass mark, if any, is checked against it for completion. */
  @Property({ type: 'smallint', nullable: true })
  postTestScore: number | null = null;

  @Property({ type: 'uuid', nullable: true })
  scoresRecordedBy: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  scoresRecordedAt: Date | null = null;
}

/** Whether a registered person attended one day of their session. */
@Entity({ tableName: 'training_attendance' })
export class TrainingAttendanceEntity {
  @PrimaryKey({ type: 'uuid' })
  registrationId!: string;

  @PrimaryKey({ type: 'uuid' })
  dayId!: string;

  @Property({ type: 'boolean' })
  present!: boolean;

  @Property({ type: 'uuid', nullable: true })
  markedBy: string | null = null;

  @Property({ type: 'datetime' })
  markedAt: Date & Opt = new Date();
}

export const TrainingEntities = [
  TrainingDisaggregationEntity,
  TrainingSessionTrainerEntity,
  TrainingAttendanceEntity,
  TrainingTopicEntity,
  TrainingCourseEntity,
  TrainingSessionEntity,
  TrainingSessionDayEntity,
  TrainingRegistrationEntity,
];
