import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';
import { Connection } from '../../common/pagination/connection.type.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';
import {
  TrainingAudience,
  TrainingLanguage,
  TrainingLevel,
  TrainingRegistrationStatus,
  TrainingSessionStatus,
  sessionStatus,
} from './training.enums.js';
import type { TrainingCourseEntity, TrainingRegistrationEntity, TrainingSessionEntity } from './training.entities.js';

@ObjectType({ description: 'A topic of the training catalogue (code list).' })
export class TrainingTopic {
  @Field(() => String, { description: 'Stable code, e.g. DISABILITY_INCLUSION.' })
  code!: string;

  @Field(() => LocalizedText, { description: 'Name in Arabic and English.' })
  name!: LocalizedText;
}

@ObjectType({ description: 'What a participant must do to complete a course (and earn its certificate).' })
export class TrainingCompletionRule {
  @Field(() => Int, { description: "Share of the session's days to attend, in percent (0 to 100)." })
  attendancePercent!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Post-test score to reach, in percent; null when the course has no post-test.',
  })
  postTestPassMark!: number | null;
}

@ObjectType({ implements: Node, description: "A course of the programme's training catalogue; its runs are sessions." })
export class TrainingCourse implements Node {
  @Field(() => ID, { description: 'Global, opaque id of the course (for `node`).' })
  id!: string;

  @Field(() => ID, { description: 'Stable uuid of the course.' })
  uuid!: string;

  @Field(() => LocalizedText, { description: 'Title in Arabic and English (at least one).' })
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: 'What the course covers, in Arabic and English.' })
  description!: LocalizedText;

  /** Resolved through the cached topic list. */
  topicCode!: string;

  @Field(() => TrainingLevel, { description: 'How much participants are expected to know already.' })
  level!: TrainingLevel;

  @Field(() => TrainingAudience, { description: 'Who the course is for.' })
  audience!: TrainingAudience;

  @Field(() => Int, { description: 'Expected hours of training (all days of a session together).' })
  expectedHours!: number;

  @Field(() => LocalizedText, { description: 'What participants should know or have done before, if anything.' })
  prerequisites!: LocalizedText;

  @Field(() => TrainingCompletionRule, { description: 'What completing the course takes.' })
  completionRule!: TrainingCompletionRule;
}

@ObjectType({ description: 'One day of a session (times in UTC; the portal shows them in Asia/Amman).' })
export class TrainingSessionDay {
  @Field(() => Int, { description: 'Its place among the days of the session, from 1.' })
  position!: number;

  @Field(() => GraphQLDateTime, { description: 'When the day starts (UTC).' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When the day ends (UTC).' })
  endsAt!: Date;
}

@ObjectType({ description: 'Where a session in person is held, and how accessible the venue is.' })
export class TrainingVenue {
  /** Resolved through the cached code lists. */
  governorateCode!: string;

  @Field(() => LocalizedText, { description: 'Address of the venue in Arabic and English.' })
  address!: LocalizedText;

  @Field(() => Boolean, { description: 'Step-free access from the street to the training room.' })
  stepFreeAccess!: boolean;

  @Field(() => Boolean, { description: 'An accessible toilet.' })
  accessibleToilet!: boolean;

  @Field(() => Boolean, { description: 'A hearing loop in the training room.' })
  hearingLoop!: boolean;

  @Field(() => Boolean, { description: 'Jordanian Sign Language interpretation is available.' })
  signLanguageInterpretation!: boolean;
}

@ObjectType({ description: 'Who may register for a session.' })
export class TrainingEligibility {
  @Field(() => Boolean, { description: 'Only organisations verified by the programme may register staff.' })
  verifiedOrganizationsOnly!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'At most this many registrations (confirmed or waitlisted) per organisation; null: no limit.',
  })
  maxPerOrganization!: number | null;

  @Field(() => TrainingAudience, { description: 'CSO staff, public officials, or both.' })
  audience!: TrainingAudience;
}

@ObjectType({
  implements: Node,
  description: 'A run of a course: its days, venue or online link, seats and who may register.',
})
export class TrainingSession implements Node {
  @Field(() => ID, { description: 'Global, opaque id of the session (for `node`).' })
  id!: string;

  @Field(() => ID, { description: 'Stable uuid of the session.' })
  uuid!: string;

  /** The row, for field resolvers. */
  row!: TrainingSessionEntity;

  @Field(() => GraphQLDateTime, { description: 'Start of its first day (UTC).' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'End of its last day (UTC).' })
  endsAt!: Date;

  @Field(() => TrainingVenue, { nullable: true, description: 'The venue; null for a session held online only.' })
  venue!: TrainingVenue | null;

  @Field(() => Boolean, {
    description: 'Whether the session is held online (its link is shown to confirmed participants).',
  })
  online!: boolean;

  @Field(() => TrainingLanguage, { description: 'The language it is given in.' })
  language!: TrainingLanguage;

  @Field(() => [String], { description: 'Names of its trainers.' })
  trainers!: string[];

  @Field(() => Int, { description: 'Seats for participants (a carer does not take one).' })
  seats!: number;

  @Field(() => Int, { description: 'Confirmed registrations.' })
  confirmedCount!: number;

  @Field(() => Int, { description: 'Seats not yet taken (0 when full).' })
  seatsLeft!: number;

  @Field(() => Int, { description: 'People on the waitlist (their positions are 1 to this number).' })
  waitlistCount!: number;

  @Field(() => GraphQLDateTime, { description: 'When registration opens (UTC).' })
  registrationOpensAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'Last moment to register (UTC).' })
  registrationDeadline!: Date;

  @Field(() => GraphQLDateTime, {
    description: 'Last moment a participant can cancel their own registration (UTC); officers can cancel later.',
  })
  cancellationDeadline!: Date;

  @Field(() => TrainingEligibility, { description: 'Who may register.' })
  eligibility!: TrainingEligibility;

  @Field(() => TrainingSessionStatus, {
    description: 'Where it stands now (derived from dates, seats and cancellation).',
  })
  status!: TrainingSessionStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, when it was.' })
  cancellationReason!: string | null;
}

@ObjectType({ description: 'What a participant asked for to take part, and whether an officer confirmed it.' })
export class TrainingAccommodations {
  @Field(() => Boolean, { description: 'Sign-language interpretation.' })
  signLanguage!: boolean;

  @Field(() => Boolean, { description: 'An accessible venue (step-free, accessible toilet).' })
  accessibleVenue!: boolean;

  @Field(() => Boolean, { description: 'Transport to and from the venue.' })
  transport!: boolean;

  @Field(() => Boolean, {
    description: "A seat for a carer or personal assistant (it does not take a participant's seat).",
  })
  carerSeat!: boolean;

  @Field(() => Boolean, {
    description: 'Materials in accessible formats (large print, easy read, screen-reader ready).',
  })
  accessibleMaterials!: boolean;

  @Field(() => String, { nullable: true, description: 'Anything else the participant wrote.' })
  note!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When an officer confirmed them; null until then.' })
  confirmedAt!: Date | null;
}

@ObjectType({ description: 'The person a registration is for (seen by that person and by officers only).' })
export class TrainingParticipant {
  @Field(() => ID, { description: 'The person (Viewer.uuid).' })
  uuid!: string;

  @Field(() => String, { description: 'Their name, as they wrote it.' })
  name!: string;

  @Field(() => String, { description: 'Their email address.' })
  email!: string;
}

@ObjectType({
  implements: Node,
  description:
    "A person's registration for a session: confirmed, waitlisted at a position, or cancelled. Personal data: seen by the person and by officers only.",
})
export class TrainingRegistration implements Node {
  @Field(() => ID, { description: 'Global, opaque id of the registration (for `node`).' })
  id!: string;

  @Field(() => ID, { description: 'Stable uuid of the registration.' })
  uuid!: string;

  /** The row, for field resolvers. */
  row!: TrainingRegistrationEntity;

  @Field(() => TrainingRegistrationStatus, { description: 'Confirmed, waitlisted or cancelled.' })
  status!: TrainingRegistrationStatus;

  @Field(() => Int, { nullable: true, description: 'Place on the waitlist (1 is next); null unless waitlisted.' })
  waitlistPosition!: number | null;

  @Field(() => Boolean, { description: 'Registered as a public official rather than for an organisation.' })
  asPublicOfficial!: boolean;

  @Field(() => TrainingAccommodations, { description: 'What the participant asked for to take part.' })
  accommodations!: TrainingAccommodations;

  @Field(() => GraphQLDateTime, { description: 'When the person registered (UTC).' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the seat was confirmed (at once or on promotion).',
  })
  confirmedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, when an officer said.' })
  cancellationReason!: string | null;
}

export function toCourse(row: TrainingCourseEntity): TrainingCourse {
  return Object.assign(new TrainingCourse(), {
    id: toGlobalId('TrainingCourse', row.id),
    uuid: row.id,
    title: { ar: row.titleAr, en: row.titleEn },
    description: { ar: row.descriptionAr, en: row.descriptionEn },
    topicCode: row.topicCode,
    level: row.level as TrainingLevel,
    audience: row.audience as TrainingAudience,
    expectedHours: row.expectedHours,
    prerequisites: { ar: row.prerequisitesAr, en: row.prerequisitesEn },
    completionRule: { attendancePercent: row.completionAttendancePercent, postTestPassMark: row.completionPassMark },
  });
}

export function toSession(row: TrainingSessionEntity, now: Date = new Date()): TrainingSession {
  return Object.assign(new TrainingSession(), {
    id: toGlobalId('TrainingSession', row.id),
    uuid: row.id,
    row,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    venue: row.governorateCode
      ? Object.assign(new TrainingVenue(), {
          governorateCode: row.governorateCode,
          address: { ar: row.venueAddressAr, en: row.venueAddressEn },
          stepFreeAccess: row.stepFreeAccess,
          accessibleToilet: row.accessibleToilet,
          hearingLoop: row.hearingLoop,
          signLanguageInterpretation: row.signLanguageInterpretation,
        })
      : null,
    online: row.onlineUrl !== null,
    language: row.language as TrainingLanguage,
    trainers: row.trainers,
    seats: row.seats,
    confirmedCount: row.confirmedCount,
    seatsLeft: Math.max(0, row.seats - row.confirmedCount),
    waitlistCount: row.waitlistCount,
    registrationOpensAt: row.registrationOpensAt,
    registrationDeadline: row.registrationDeadline,
    cancellationDeadline: row.cancellationDeadline,
    eligibility: {
      verifiedOrganizationsOnly: row.verifiedOrganizationsOnly,
      maxPerOrganization: row.maxPerOrganization,
      audience: row.audience as TrainingAudience,
    },
    status: sessionStatus(row, now),
    cancellationReason: row.cancellationReason,
  });
}

export function toRegistration(row: TrainingRegistrationEntity): TrainingRegistration {
  return Object.assign(new TrainingRegistration(), {
    id: toGlobalId('TrainingRegistration', row.id),
    uuid: row.id,
    row,
    status: row.status as TrainingRegistrationStatus,
    waitlistPosition: row.waitlistPosition,
    asPublicOfficial: row.asPublicOfficial,
    accommodations: {
      signLanguage: row.needsSignLanguage,
      accessibleVenue: row.needsAccessibleVenue,
      transport: row.needsTransport,
      carerSeat: row.needsCarerSeat,
      accessibleMaterials: row.needsAccessibleMaterials,
      note: row.accommodationsNote,
      confirmedAt: row.accommodationsConfirmedAt,
    },
    createdAt: row.createdAt,
    confirmedAt: row.confirmedAt,
    cancelledAt: row.cancelledAt,
    cancellationReason: row.cancellationReason,
  });
}

const courses = Connection(TrainingCourse, 'TrainingCourse');
@ObjectType('TrainingCourseEdge', { description: 'A course in a page.' })
export class TrainingCourseEdge extends courses.Edge {}
@ObjectType('TrainingCourseConnection', { description: 'Courses of the catalogue, a page at a time.' })
export class TrainingCourseConnection extends courses.ConnectionType {
  @Field(() => [TrainingCourseEdge], { description: 'The items of this page, in order.' })
  edges!: TrainingCourseEdge[];

  @Field(() => Int, { description: 'Number of courses matching (all pages).' })
  totalCount!: number;
}

const sessions = Connection(TrainingSession, 'TrainingSession');
@ObjectType('TrainingSessionEdge', { description: 'A session in a page.' })
export class TrainingSessionEdge extends sessions.Edge {}
@ObjectType('TrainingSessionConnection', { description: 'Sessions, soonest first, a page at a time.' })
export class TrainingSessionConnection extends sessions.ConnectionType {
  @Field(() => [TrainingSessionEdge], { description: 'The items of this page, in order.' })
  edges!: TrainingSessionEdge[];

  @Field(() => Int, { description: 'Number of sessions matching (all pages).' })
  totalCount!: number;
}

const registrations = Connection(TrainingRegistration, 'TrainingRegistration');
@ObjectType('TrainingRegistrationEdge', { description: 'A registration in a page.' })
export class TrainingRegistrationEdge extends registrations.Edge {}
@ObjectType('TrainingRegistrationConnection', { description: 'Registrations, a page at a time.' })
export class TrainingRegistrationConnection extends registrations.ConnectionType {
  @Field(() => [TrainingRegistrationEdge], { description: 'The items of this page, in order.' })
  edges!: TrainingRegistrationEdge[];

  @Field(() => Int, { description: 'Number of registrations matching (all pages).' })
  totalCount!: number;
}
