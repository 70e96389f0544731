import { ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorFields, userErrorOf } from '../../common/errors/user-error.js';

export enum TrainingErrorCode {
  INVALID_VALUE = 'INVALID_VALUE',
  UNKNOWN_CODE = 'UNKNOWN_CODE',
  TITLE_REQUIRED = 'TITLE_REQUIRED',
  DAYS_REQUIRED = 'DAYS_REQUIRED',
  DAY_ENDS_BEFORE_START = 'DAY_ENDS_BEFORE_START',
  DAYS_OVERLAP = 'DAYS_OVERLAP',
  VENUE_REQUIRED = 'VENUE_REQUIRED',
  DEADLINE_BEFORE_OPENING = 'DEADLINE_BEFORE_OPENING',
  SEATS_BELOW_CONFIRMED = 'SEATS_BELOW_CONFIRMED',
  REGISTRATION_NOT_OPEN = 'REGISTRATION_NOT_OPEN',
  REGISTRATION_CLOSED = 'REGISTRATION_CLOSED',
  SESSION_CANCELLED = 'SESSION_CANCELLED',
  SESSION_COMPLETED = 'SESSION_COMPLETED',
  ORGANIZATION_NOT_VERIFIED = 'ORGANIZATION_NOT_VERIFIED',
  ORGANIZATION_LIMIT_REACHED = 'ORGANIZATION_LIMIT_REACHED',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  AUDIENCE_MISMATCH = 'AUDIENCE_MISMATCH',
  ALREADY_REGISTERED = 'ALREADY_REGISTERED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  ALREADY_CANCELLED = 'ALREADY_CANCELLED',
  CANCELLATION_DEADLINE_PASSED = 'CANCELLATION_DEADLINE_PASSED',
  SAME_SESSION = 'SAME_SESSION',
  REGISTRATION_NOT_FOUND = 'REGISTRATION_NOT_FOUND',
  NOT_REGISTERED = 'NOT_REGISTERED',
  DAY_OUTSIDE_SESSION = 'DAY_OUTSIDE_SESSION',
  COURSE_NOT_COMPLETED = 'COURSE_NOT_COMPLETED',
  CERTIFICATE_REVOKED = 'CERTIFICATE_REVOKED',
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  CONSENT_TEXT_OUTDATED = 'CONSENT_TEXT_OUTDATED',
  NO_CONSENT = 'NO_CONSENT',
  SCORE_OUT_OF_RANGE = 'SCORE_OUT_OF_RANGE',
  UNKNOWN_ACCOUNT = 'UNKNOWN_ACCOUNT',
}
registerEnumType(TrainingErrorCode, {
  name: 'TrainingErrorCode',
  description: 'Why a training mutation changed nothing (the field says which input, the message says the rule).',
  valuesConfig: {
    INVALID_VALUE: { description: 'The value is outside what the field accepts (the message says the limits).' },
    UNKNOWN_CODE: { description: 'Not a code of the list (trainingTopics, governorates).' },
    TITLE_REQUIRED: { description: 'Give a title in Arabic or English.' },
    DAYS_REQUIRED: { description: 'A session has at least one day.' },
    DAY_ENDS_BEFORE_START: { description: 'A day ends before (or when) it starts.' },
    DAYS_OVERLAP: { description: 'Two days of the session overlap.' },
    VENUE_REQUIRED: { description: 'Give a venue (its governorate) or an online link.' },
    DEADLINE_BEFORE_OPENING: { description: 'The registration deadline is before registration opens.' },
    SEATS_BELOW_CONFIRMED: { description: 'More people are confirmed than the seats asked for.' },
    REGISTRATION_NOT_OPEN: { description: 'Registration for the session has not opened yet.' },
    REGISTRATION_CLOSED: { description: 'The registration deadline of the session has passed.' },
    SESSION_CANCELLED: { description: 'The session was cancelled.' },
    SESSION_COMPLETED: { description: 'The session has ended.' },
    ORGANIZATION_NOT_VERIFIED: { description: 'The session is for verified organisations only.' },
    ORGANIZATION_LIMIT_REACHED: {
      description: 'The organisation already holds the most registrations the session allows it.',
    },
    NOT_A_MEMBER: { description: 'The person is not a member of the organisation named.' },
    AUDIENCE_MISMATCH: { description: 'The session is not for this audience (CSO staff or public officials).' },
    ALREADY_REGISTERED: {
      description: 'The person already holds a registration (confirmed or waitlisted) for the session.',
    },
    IDEMPOTENCY_KEY_REUSED: { description: 'The idempotency key was used for another session.' },
    ALREADY_CANCELLED: { description: 'The registration or session is already cancelled.' },
    CANCELLATION_DEADLINE_PASSED: {
      description: "The session's cancellation deadline has passed (an officer can still cancel).",
    },
    SAME_SESSION: { description: 'The registration is already for that session.' },
    NOT_REGISTERED: { description: 'Attendance is marked for confirmed participants only.' },
    DAY_OUTSIDE_SESSION: { description: 'The session has no such day.' },
    COURSE_NOT_COMPLETED: {
      description:
        "The participant has not met the course's completion rule (the message says the rule and where they stand).",
    },
    CERTIFICATE_REVOKED: { description: 'The certificate is already revoked.' },
    CONSENT_REQUIRED: {
      description: 'Disaggregation answers (sex, age band, disability questions) are kept only with consent.',
    },
    CONSENT_TEXT_OUTDATED: {
      description: 'The consent was given to another version of its text than the current one (reload the form).',
    },
    NO_CONSENT: { description: 'There is no consent in force on this registration (never given, or withdrawn).' },
    SCORE_OUT_OF_RANGE: { description: 'A test score is from 0 to 100.' },
    UNKNOWN_ACCOUNT: { description: 'No account has this email address.' },
    REGISTRATION_NOT_FOUND: {
      description: 'No such registration (or not yours: a person sees only their own, officers every one).',
    },
  },
});

@ObjectType('TrainingError', {
  implements: UserError,
  description: 'An expected failure of a training mutation: nothing was changed.',
})
export class TrainingError extends UserErrorFields('TrainingError', TrainingErrorCode) {}

export const trainingError = userErrorOf(TrainingError);
