import { ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorFields, userErrorOf } from '../../common/errors/user-error.js';

export enum PartnershipErrorCode {
  INVALID_VALUE = 'INVALID_VALUE',
  UNKNOWN_PARTY = 'UNKNOWN_PARTY',
  UNKNOWN_CAPABILITY = 'UNKNOWN_CAPABILITY',
  UNKNOWN_GOVERNORATE = 'UNKNOWN_GOVERNORATE',
  UNKNOWN_TARGET_GROUP = 'UNKNOWN_TARGET_GROUP',
  DESCRIPTION_REQUIRED = 'DESCRIPTION_REQUIRED',
  EXPIRY_IN_PAST = 'EXPIRY_IN_PAST',
  EXPIRY_TOO_FAR = 'EXPIRY_TOO_FAR',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  LISTING_NOT_FOUND = 'LISTING_NOT_FOUND',
  LISTING_WITHDRAWN = 'LISTING_WITHDRAWN',
  LISTING_EXPIRED = 'LISTING_EXPIRED',
  REQUEST_TO_SELF = 'REQUEST_TO_SELF',
  REQUEST_ALREADY_OPEN = 'REQUEST_ALREADY_OPEN',
  REQUEST_NOT_FOUND = 'REQUEST_NOT_FOUND',
  NOT_A_PARTY = 'NOT_A_PARTY',
  REQUEST_NOT_PENDING = 'REQUEST_NOT_PENDING',
  REASON_REQUIRED = 'REASON_REQUIRED',
  MESSAGE_REQUIRED = 'MESSAGE_REQUIRED',
  PARTNERSHIP_NOT_FOUND = 'PARTNERSHIP_NOT_FOUND',
  NOT_A_PARTNERSHIP_MEMBER = 'NOT_A_PARTNERSHIP_MEMBER',
  ALREADY_CONFIRMED = 'ALREADY_CONFIRMED',
  WRONG_STATUS = 'WRONG_STATUS',
  END_BEFORE_START = 'END_BEFORE_START',
}
registerEnumType(PartnershipErrorCode, {
  name: 'PartnershipErrorCode',
  description: 'Why a partnerships mutation changed nothing (the field says which input, the message says the rule).',
  valuesConfig: {
    INVALID_VALUE: { description: 'The value is outside what the field accepts (the message says the limits).' },
    UNKNOWN_PARTY: { description: 'Not the id of an organisation or an institution.' },
    UNKNOWN_CAPABILITY: { description: 'Not a code of the capability list (partnershipCapabilities).' },
    UNKNOWN_GOVERNORATE: { description: 'Not a governorate code (governorates), e.g. JO-MA.' },
    UNKNOWN_TARGET_GROUP: { description: 'Not a target group code (targetGroups), e.g. PERSONS_WITH_DISABILITIES.' },
    DESCRIPTION_REQUIRED: { description: 'Describe it in Arabic or English.' },
    EXPIRY_IN_PAST: { description: 'The expiry date must be in the future.' },
    EXPIRY_TOO_FAR: { description: 'The expiry date must be at most one year ahead.' },
    NOT_A_MEMBER: {
      description: 'Only an editor or owner of the organisation (or of the institution) acts for it.',
    },
    LISTING_NOT_FOUND: { description: 'No such need or offer.' },
    LISTING_WITHDRAWN: { description: 'The need or offer was withdrawn: it cannot change any more.' },
    LISTING_EXPIRED: { description: 'The need or offer has expired: a request no longer answers it.' },
    REQUEST_TO_SELF: { description: 'A party does not send a request to itself.' },
    REQUEST_ALREADY_OPEN: {
      description: 'A pending request between the same two parties (in either direction) already exists.',
    },
    REQUEST_NOT_FOUND: { description: 'No such request.' },
    NOT_A_PARTY: {
      description:
        'Only an editor or owner of the party concerned acts on a request (the recipient answers, the sender withdraws).',
    },
    REQUEST_NOT_PENDING: { description: 'The request was already accepted, declined or withdrawn.' },
    REASON_REQUIRED: { description: 'Say why.' },
    MESSAGE_REQUIRED: { description: 'Write a message to the other party.' },
    PARTNERSHIP_NOT_FOUND: { description: 'No such partnership.' },
    NOT_A_PARTNERSHIP_MEMBER: {
      description: "Only an editor or owner of one of the partnership's member parties acts on it.",
    },
    ALREADY_CONFIRMED: { description: 'This member party has already confirmed the partnership.' },
    WRONG_STATUS: { description: "The partnership's status does not allow this (the message says which it needs)." },
    END_BEFORE_START: { description: 'The end date is before the start date.' },
  },
});

@ObjectType('PartnershipError', {
  implements: UserError,
  description: 'An expected failure of a partnerships mutation: nothing was changed.',
})
export class PartnershipError extends UserErrorFields('PartnershipError', PartnershipErrorCode) {}

export const partnershipError = userErrorOf(PartnershipError);
