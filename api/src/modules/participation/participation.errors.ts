import { ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorFields, userErrorOf } from '../../common/errors/user-error.js';

export enum ParticipationErrorCode {
  INVALID_VALUE = 'INVALID_VALUE',
  TITLE_REQUIRED = 'TITLE_REQUIRED',
  SECTIONS_REQUIRED = 'SECTIONS_REQUIRED',
  UNKNOWN_GOVERNORATE = 'UNKNOWN_GOVERNORATE',
  UNKNOWN_TARGET_GROUP = 'UNKNOWN_TARGET_GROUP',
  UNKNOWN_INSTITUTION = 'UNKNOWN_INSTITUTION',
  DATES_OUT_OF_ORDER = 'DATES_OUT_OF_ORDER',
  CONSULTATION_NOT_FOUND = 'CONSULTATION_NOT_FOUND',
  NOT_AN_OWNER = 'NOT_AN_OWNER',
  NOT_A_DRAFT = 'NOT_A_DRAFT',
  SECTION_NOT_FOUND = 'SECTION_NOT_FOUND',
  UNKNOWN_ORGANIZATION = 'UNKNOWN_ORGANIZATION',
  NOT_AN_EDITOR = 'NOT_AN_EDITOR',
  ORGANIZATION_NOT_VERIFIED = 'ORGANIZATION_NOT_VERIFIED',
  NOT_OPEN = 'NOT_OPEN',
  ALREADY_CONTRIBUTED = 'ALREADY_CONTRIBUTED',
  COMMENT_REQUIRED = 'COMMENT_REQUIRED',
  EVIDENCE_NOT_FOUND = 'EVIDENCE_NOT_FOUND',
  CONTRIBUTION_NOT_FOUND = 'CONTRIBUTION_NOT_FOUND',
  STALE_VERSION = 'STALE_VERSION',
  OWN_CONTRIBUTION = 'OWN_CONTRIBUTION',
  ALREADY_ENDORSED = 'ALREADY_ENDORSED',
  NOT_IN_ANALYSIS = 'NOT_IN_ANALYSIS',
  REASON_REQUIRED = 'REASON_REQUIRED',
  ANSWERS_MISSING = 'ANSWERS_MISSING',
  NOT_ADOPTED = 'NOT_ADOPTED',
  NOT_CONCERNED = 'NOT_CONCERNED',
  EVIDENCE_NOTE_REQUIRED = 'EVIDENCE_NOTE_REQUIRED',
  CHALLENGE_NOT_FOUND = 'CHALLENGE_NOT_FOUND',
  NOT_OPEN_FOR_IDEAS = 'NOT_OPEN_FOR_IDEAS',
  ALREADY_SUBMITTED_IDEA = 'ALREADY_SUBMITTED_IDEA',
  SUMMARY_REQUIRED = 'SUMMARY_REQUIRED',
  IDEA_NOT_FOUND = 'IDEA_NOT_FOUND',
  WRONG_STAGE = 'WRONG_STAGE',
  REVIEWS_INCOMPLETE = 'REVIEWS_INCOMPLETE',
  GRANT_REQUIRED = 'GRANT_REQUIRED',
  GRANT_NOT_ELIGIBLE = 'GRANT_NOT_ELIGIBLE',
  LESSONS_REQUIRED = 'LESSONS_REQUIRED',
}
registerEnumType(ParticipationErrorCode, {
  name: 'ParticipationErrorCode',
  description: 'Why a participation mutation changed nothing (the field says which input, the message says the rule).',
  valuesConfig: {
    INVALID_VALUE: { description: 'The value is outside what the field accepts (the message says the limits).' },
    TITLE_REQUIRED: { description: 'Give a title in Arabic or English.' },
    SECTIONS_REQUIRED: { description: 'A consultation has at least one section or question, each with a title.' },
    UNKNOWN_GOVERNORATE: { description: 'Not a governorate code (governorates), e.g. JO-MA.' },
    UNKNOWN_TARGET_GROUP: { description: 'Not a target group code (targetGroups).' },
    UNKNOWN_INSTITUTION: { description: 'Not the id of an institution (a directorate owner needs one).' },
    DATES_OUT_OF_ORDER: { description: 'The open phase closes after it opens, and answers are due after it closes.' },
    CONSULTATION_NOT_FOUND: { description: 'No such consultation.' },
    NOT_AN_OWNER: { description: "Only the consultation's owning team does this." },
    NOT_A_DRAFT: { description: 'The consultation is already published.' },
    SECTION_NOT_FOUND: { description: 'No such section.' },
    UNKNOWN_ORGANIZATION: { description: 'Not the id of an organisation.' },
    NOT_AN_EDITOR: { description: 'Only an editor or owner of the organisation acts for it.' },
    ORGANIZATION_NOT_VERIFIED: { description: 'Only organisations verified by the programme take part.' },
    NOT_OPEN: {
      description:
        "The consultation's open phase is not running (by the database clock): contributions, their changes and endorsements happen while it is open.",
    },
    ALREADY_CONTRIBUTED: {
      description: 'The organisation has a contribution to this section already: change it instead.',
    },
    COMMENT_REQUIRED: { description: 'Give the reasons for the position.' },
    EVIDENCE_NOT_FOUND: {
      description: 'Not an evidence file the organisation uploaded (/uploads/consultation-evidence).',
    },
    CONTRIBUTION_NOT_FOUND: { description: 'No such contribution.' },
    STALE_VERSION: { description: 'Someone changed it since you read it: read it again.' },
    OWN_CONTRIBUTION: { description: 'An organisation does not endorse its own contribution.' },
    ALREADY_ENDORSED: { description: 'The organisation has endorsed this contribution already.' },
    NOT_IN_ANALYSIS: {
      description:
        'Answers and what changed are written after the open phase closes and before the report is published.',
    },
    REASON_REQUIRED: { description: 'Say why.' },
    ANSWERS_MISSING: { description: 'Answer every contribution before publishing the report.' },
    NOT_ADOPTED: { description: 'Only a consultation whose report is published is monitored.' },
    NOT_CONCERNED: { description: 'The consultation does not concern this governorate.' },
    EVIDENCE_NOTE_REQUIRED: { description: 'Say what the answer rests on.' },
    CHALLENGE_NOT_FOUND: { description: 'No such challenge (or not published).' },
    NOT_OPEN_FOR_IDEAS: {
      description: 'The challenge takes ideas between ideasOpenAt and ideasCloseAt (by the database clock).',
    },
    ALREADY_SUBMITTED_IDEA: {
      description: 'The organisation has an idea for this challenge already: change it instead.',
    },
    SUMMARY_REQUIRED: { description: 'Describe the idea in Arabic or English.' },
    IDEA_NOT_FOUND: { description: 'No such idea.' },
    WRONG_STAGE: {
      description: 'The idea is not at a stage from which this move is allowed (the message says where it is).',
    },
    REVIEWS_INCOMPLETE: { description: 'Wait for the jury: at least two submitted reviews before shortlisting.' },
    GRANT_REQUIRED: {
      description: 'An idea moves to pilot only with a grant application of its team in a social innovation lot.',
    },
    GRANT_NOT_ELIGIBLE: {
      description:
        "Not a grant application of the idea's organisation or team in a social innovation lot, submitted and not refused.",
    },
    LESSONS_REQUIRED: { description: 'Say what was learnt before the idea is scaled or stopped.' },
  },
});

@ObjectType('ParticipationError', {
  implements: UserError,
  description: 'An expected failure of a participation mutation: nothing was changed.',
})
export class ParticipationError extends UserErrorFields('ParticipationError', ParticipationErrorCode) {}

export const participationError = userErrorOf(ParticipationError);
