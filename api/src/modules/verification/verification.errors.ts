import { ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorFields, userErrorOf } from '../../common/errors/user-error.js';

export enum VerificationErrorCode {
  EVIDENCE_NOT_FOUND = 'EVIDENCE_NOT_FOUND',
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  REASON_REQUIRED = 'REASON_REQUIRED',
}
registerEnumType(VerificationErrorCode, {
  name: 'VerificationErrorCode',
  description: 'Why a verification step was not taken.',
  valuesConfig: {
    EVIDENCE_NOT_FOUND: { description: 'No such evidence was uploaded for this organisation.' },
    ALREADY_DECIDED: {
      description: 'The organisation is not in a state that allows this step (the message says which it is in).',
    },
    REASON_REQUIRED: { description: 'Say why (it is shown to the organisation and kept in the audit log).' },
  },
});

@ObjectType('VerificationError', {
  implements: UserError,
  description: "An expected failure of a step of an organisation's verification.",
})
export class VerificationError extends UserErrorFields('VerificationError', VerificationErrorCode) {}

export const verificationError = userErrorOf(VerificationError);
