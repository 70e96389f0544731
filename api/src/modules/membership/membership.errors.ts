import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorFields, userErrorOf } from '../../common/errors/user-error.js';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';

export enum MembershipErrorCode {
  NAME_REQUIRED = 'NAME_REQUIRED',
  UNKNOWN_CODE = 'UNKNOWN_CODE',
  INVALID_IDENTIFIER = 'INVALID_IDENTIFIER',
  IDENTIFIER_TAKEN = 'IDENTIFIER_TAKEN',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  ALREADY_CLAIMED = 'ALREADY_CLAIMED',
  INVALID_EMAIL = 'INVALID_EMAIL',
  INVALID_TOKEN = 'INVALID_TOKEN',
  EMAIL_MISMATCH = 'EMAIL_MISMATCH',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  LAST_OWNER = 'LAST_OWNER',
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  REASON_REQUIRED = 'REASON_REQUIRED',
  INVALID_VALUE = 'INVALID_VALUE',
}
registerEnumType(MembershipErrorCode, {
  name: 'MembershipErrorCode',
  description: 'Why a membership mutation did not do what was asked.',
  valuesConfig: {
    NAME_REQUIRED: { description: 'Give the name in Arabic or English (or both).' },
    UNKNOWN_CODE: { description: 'Not a value of the code list (see the field).' },
    INVALID_IDENTIFIER: { description: 'A JO-MSD national number has 13 digits.' },
    IDENTIFIER_TAKEN: { description: 'The directory already has this organisation: claim it instead.' },
    ALREADY_MEMBER: { description: 'You are already a member.' },
    ALREADY_CLAIMED: { description: 'You already have a claim waiting for this organisation.' },
    INVALID_EMAIL: { description: 'Not an email address.' },
    INVALID_TOKEN: { description: 'The invitation is wrong, expired or already used.' },
    EMAIL_MISMATCH: { description: 'The invitation was sent to another email address.' },
    NOT_A_MEMBER: { description: 'That person is not a member.' },
    LAST_OWNER: { description: 'An organisation keeps at least one owner.' },
    ALREADY_DECIDED: { description: 'This was already decided.' },
    REASON_REQUIRED: { description: 'Say why (it is shown to the organisation and kept in the audit log).' },
    INVALID_VALUE: {
      description: 'Never returned: the directory reports its values with DirectoryErrorCode.INVALID_VALUE.',
      deprecationReason:
        'A directory code (organizationUpdate returns DirectoryError); no membership mutation returns it.',
    },
  },
});

@ObjectType('MembershipError', {
  implements: UserError,
  description: 'An expected failure of a membership mutation.',
})
export class MembershipError extends UserErrorFields('MembershipError', MembershipErrorCode) {
  @Field(() => [LocalizedText], {
    nullable: true,
    description:
      'With LAST_OWNER: the organisation concerned, by its names in Arabic and English, for a client to name it in its own language.',
  })
  organizationNames?: LocalizedText[] | null;
}

const makeMembershipError = userErrorOf(MembershipError);

export function membershipError(
  code: MembershipErrorCode,
  message: string,
  field: string | null,
  extra: Partial<MembershipError> = {},
): MembershipError {
  return makeMembershipError(code, message, field, { organizationNames: null, ...extra });
}
