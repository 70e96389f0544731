import { ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorFields, userErrorOf } from '../../common/errors/user-error.js';

export enum DeinstitutionalisationErrorCode {
  NAME_REQUIRED = 'NAME_REQUIRED',
  UNKNOWN_CODE = 'UNKNOWN_CODE',
  NEGATIVE_NUMBER = 'NEGATIVE_NUMBER',
  FUTURE_QUARTER = 'FUTURE_QUARTER',
  TRANSITIONS_EXCEED_RESIDENTS = 'TRANSITIONS_EXCEED_RESIDENTS',
  CAPACITY_EXCEEDED = 'CAPACITY_EXCEEDED',
  ALREADY_RECORDED = 'ALREADY_RECORDED',
  CONFLICT = 'CONFLICT',
}
registerEnumType(DeinstitutionalisationErrorCode, {
  name: 'DeinstitutionalisationErrorCode',
  description: "Why a change to a care institution or to a quarter's figures was not made.",
  valuesConfig: {
    NAME_REQUIRED: { description: 'Give a name in Arabic or English (or both).' },
    UNKNOWN_CODE: { description: 'Not a value of the code list (see the field; governorates).' },
    NEGATIVE_NUMBER: { description: 'A count cannot be negative (and a capacity is at least 1).' },
    FUTURE_QUARTER: {
      description:
        "The quarter has not started yet (by the database's clock, in Amman time): figures are reported for past or current quarters.",
    },
    TRANSITIONS_EXCEED_RESIDENTS: {
      description: 'Transitions to family care and to community-based care together cannot exceed the residents.',
    },
    CAPACITY_EXCEEDED: { description: "Residents cannot exceed the institution's capacity." },
    ALREADY_RECORDED: {
      description:
        "The quarter's figures are already recorded: correct them by sending their `version` as expectedVersion.",
    },
    CONFLICT: {
      description:
        'Someone saved a change since the form was opened (`expectedVersion` is not the current version): nothing was saved; reload and apply your change again.',
    },
  },
});

@ObjectType('DeinstitutionalisationError', {
  implements: UserError,
  description: "An expected failure of a change to a care institution or to a quarter's figures.",
})
export class DeinstitutionalisationError extends UserErrorFields(
  'DeinstitutionalisationError',
  DeinstitutionalisationErrorCode,
) {}

export const deinstError = userErrorOf(DeinstitutionalisationError);
