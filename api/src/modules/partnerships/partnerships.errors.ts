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
  },
});

@ObjectType('PartnershipError', {
  implements: UserError,
  description: 'An expected failure of a partnerships mutation: nothing was changed.',
})
export class PartnershipError extends UserErrorFields('PartnershipError', PartnershipErrorCode) {}

export const partnershipError = userErrorOf(PartnershipError);
