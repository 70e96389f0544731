import { ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorFields, userErrorOf } from '../../common/errors/user-error.js';

export enum DirectoryErrorCode {
  NAME_REQUIRED = 'NAME_REQUIRED',
  UNKNOWN_CODE = 'UNKNOWN_CODE',
  INVALID_VALUE = 'INVALID_VALUE',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  CONTACT_UNREACHABLE = 'CONTACT_UNREACHABLE',
}
registerEnumType(DirectoryErrorCode, {
  name: 'DirectoryErrorCode',
  description: "Why a change to an organisation's directory profile was not made.",
  valuesConfig: {
    NAME_REQUIRED: { description: 'Keep a name in Arabic or English (or both).' },
    UNKNOWN_CODE: { description: 'Not a value of the code list (see the field).' },
    INVALID_VALUE: {
      description: 'The value is out of its range or not in the expected form (the message says which).',
    },
    NOT_FOUND: { description: 'There is no such organisation.' },
    CONTACT_UNREACHABLE: { description: 'A contact needs an email address or a phone number (or both).' },
    CONFLICT: {
      description:
        'The profile was changed by someone else since the form was opened (`expectedVersion` is not its version): nothing was saved; the payload carries the profile as it is now.',
    },
  },
});

@ObjectType('DirectoryError', {
  implements: UserError,
  description: "An expected failure of a change to an organisation's directory profile.",
})
export class DirectoryError extends UserErrorFields('DirectoryError', DirectoryErrorCode) {}

export const directoryError = userErrorOf(DirectoryError);
