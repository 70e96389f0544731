import { ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorFields, userErrorOf } from '../../common/errors/user-error.js';

export enum MatchmakingErrorCode {
  INVALID_VALUE = 'INVALID_VALUE',
  TITLE_REQUIRED = 'TITLE_REQUIRED',
  END_BEFORE_START = 'END_BEFORE_START',
  NO_SLOTS = 'NO_SLOTS',
  VENUE_REQUIRED = 'VENUE_REQUIRED',
  UNKNOWN_GOVERNORATE = 'UNKNOWN_GOVERNORATE',
  DAY_NOT_FOUND = 'DAY_NOT_FOUND',
  DAY_NOT_PUBLISHED = 'DAY_NOT_PUBLISHED',
  ALREADY_PUBLISHED = 'ALREADY_PUBLISHED',
  UNKNOWN_PARTY = 'UNKNOWN_PARTY',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  ALREADY_TAKING_PART = 'ALREADY_TAKING_PART',
  PARTICIPANT_NOT_FOUND = 'PARTICIPANT_NOT_FOUND',
  NOT_TAKING_PART = 'NOT_TAKING_PART',
  SLOT_NOT_IN_DAY = 'SLOT_NOT_IN_DAY',
  MEETING_WITH_SELF = 'MEETING_WITH_SELF',
  MESSAGE_REQUIRED = 'MESSAGE_REQUIRED',
  MEETING_ALREADY_OPEN = 'MEETING_ALREADY_OPEN',
  MEETING_NOT_FOUND = 'MEETING_NOT_FOUND',
  NOT_A_PARTY = 'NOT_A_PARTY',
  MEETING_NOT_PENDING = 'MEETING_NOT_PENDING',
  NO_COMMON_SLOT = 'NO_COMMON_SLOT',
  SLOT_TAKEN = 'SLOT_TAKEN',
}
registerEnumType(MatchmakingErrorCode, {
  name: 'MatchmakingErrorCode',
  description: 'Why a matchmaking mutation changed nothing (the field says which input, the message says the rule).',
  valuesConfig: {
    INVALID_VALUE: { description: 'The value is outside what the field accepts (the message says the limits).' },
    TITLE_REQUIRED: { description: 'Give the day a title in Arabic or English.' },
    END_BEFORE_START: { description: 'The day ends before (or when) it starts.' },
    NO_SLOTS: { description: 'The day is too short for one meeting slot, or cut into more than 96.' },
    VENUE_REQUIRED: { description: 'Say where: a governorate (and venue), or an online link.' },
    UNKNOWN_GOVERNORATE: { description: 'Not a governorate code (governorates), e.g. JO-MA.' },
    DAY_NOT_FOUND: { description: 'No such matchmaking day.' },
    DAY_NOT_PUBLISHED: { description: 'The day is not published yet: nobody takes part or meets before.' },
    ALREADY_PUBLISHED: { description: 'The day is already published.' },
    UNKNOWN_PARTY: { description: 'Not the id of an organisation or an institution.' },
    NOT_A_MEMBER: { description: 'Only an editor or owner of the organisation (or of the institution) acts for it.' },
    ALREADY_TAKING_PART: { description: 'This organisation or institution already takes part in the day.' },
    PARTICIPANT_NOT_FOUND: { description: 'No such participant.' },
    NOT_TAKING_PART: { description: 'The other party does not take part in the same day.' },
    SLOT_NOT_IN_DAY: { description: "A slot that is not one of the day's meeting slots." },
    MEETING_WITH_SELF: { description: 'A participant does not ask itself for a meeting.' },
    MESSAGE_REQUIRED: { description: 'Write a message to the other participant.' },
    MEETING_ALREADY_OPEN: { description: 'A pending or accepted meeting between the same two participants exists.' },
    MEETING_NOT_FOUND: { description: 'No such meeting request.' },
    NOT_A_PARTY: {
      description:
        'Only an editor or owner of the participant concerned acts on a meeting (the invitee answers, the requester cancels).',
    },
    MEETING_NOT_PENDING: { description: 'The meeting was already answered or cancelled.' },
    NO_COMMON_SLOT: { description: 'No slot is free in both agendas (or the slot chosen is not).' },
    SLOT_TAKEN: { description: 'The slot was taken in one of the two agendas meanwhile: try again.' },
  },
});

@ObjectType('MatchmakingError', {
  implements: UserError,
  description: 'An expected failure of a matchmaking mutation: nothing was changed.',
})
export class MatchmakingError extends UserErrorFields('MatchmakingError', MatchmakingErrorCode) {}

export const matchmakingError = userErrorOf(MatchmakingError);
