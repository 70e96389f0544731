import { registerEnumType } from 'type-graphql';
import type { TrainingSessionEntity } from './training.entities.js';

export enum TrainingLevel {
  INTRODUCTORY = 'INTRODUCTORY',
  INTERMEDIATE = 'INTERMEDIATE',
  ADVANCED = 'ADVANCED',
}
registerEnumType(TrainingLevel, {
  name: 'TrainingLevel',
  description: 'How much a course expects its participants to know already.',
  valuesConfig: {
    INTRODUCTORY: { description: 'No prior knowledge of the topic needed.' },
    INTERMEDIATE: { description: 'For people who already practise the topic.' },
    ADVANCED: { description: 'For experienced practitioners and trainers of the topic.' },
  },
});

export enum TrainingAudience {
  CSO_STAFF = 'CSO_STAFF',
  PUBLIC_OFFICIALS = 'PUBLIC_OFFICIALS',
  BOTH = 'BOTH',
}
registerEnumType(TrainingAudience, {
  name: 'TrainingAudience',
  description: 'Who a course or session is for.',
  valuesConfig: {
    CSO_STAFF: {
      description: 'Staff and volunteers of civil society organisations, registering for their organisation.',
    },
    PUBLIC_OFFICIALS: {
      description: 'Public officials (ministries, governorates, municipalities), registering as such.',
    },
    BOTH: { description: 'Both CSO staff and public officials.' },
  },
});

export enum TrainingLanguage {
  ARABIC = 'ARABIC',
  ENGLISH = 'ENGLISH',
  ARABIC_AND_ENGLISH = 'ARABIC_AND_ENGLISH',
}
registerEnumType(TrainingLanguage, {
  name: 'TrainingLanguage',
  description: 'The language a session is given in.',
  valuesConfig: {
    ARABIC: { description: 'Arabic.' },
    ENGLISH: { description: 'English.' },
    ARABIC_AND_ENGLISH: { description: 'Arabic and English (bilingual, or with interpretation).' },
  },
});

export enum TrainingSessionStatus {
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  FULL = 'FULL',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(TrainingSessionStatus, {
  name: 'TrainingSessionStatus',
  description: 'Where a session stands, derived from its dates, its seats and whether it was cancelled.',
  valuesConfig: {
    SCHEDULED: { description: 'Registration has not opened yet.' },
    OPEN: { description: 'Registration is open and seats are left.' },
    FULL: { description: 'Registration is open but every seat is taken: new registrations join the waitlist.' },
    CLOSED: { description: 'The registration deadline has passed; the session has not ended.' },
    CANCELLED: { description: 'An officer cancelled the session.' },
    COMPLETED: { description: 'Its last day has ended.' },
  },
});

export enum TrainingRegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TrainingRegistrationStatus, {
  name: 'TrainingRegistrationStatus',
  description: 'Where a registration stands.',
  valuesConfig: {
    CONFIRMED: { description: 'The person has a seat.' },
    WAITLISTED: {
      description:
        'Every seat was taken: the person waits at `waitlistPosition` and is promoted (and emailed) when a seat frees.',
    },
    CANCELLED: { description: 'Cancelled by the person or an officer (or the session was cancelled).' },
  },
});

type StatusInput = Pick<
  TrainingSessionEntity,
  'cancelledAt' | 'endsAt' | 'registrationDeadline' | 'registrationOpensAt' | 'confirmedCount' | 'seats'
>;

/** A session's status at `now`: stored are only the cancellation, the dates and the counts. */
export function sessionStatus(session: StatusInput, now: Date = new Date()): TrainingSessionStatus {
  if (session.cancelledAt) return TrainingSessionStatus.CANCELLED;
  if (now >= session.endsAt) return TrainingSessionStatus.COMPLETED;
  if (now > session.registrationDeadline) return TrainingSessionStatus.CLOSED;
  if (now < session.registrationOpensAt) return TrainingSessionStatus.SCHEDULED;
  if (session.confirmedCount >= session.seats) return TrainingSessionStatus.FULL;
  return TrainingSessionStatus.OPEN;
}
