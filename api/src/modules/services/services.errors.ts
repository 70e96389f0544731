import { ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorFields, userErrorOf } from '../../common/errors/user-error.js';

export enum ServiceErrorCode {
  INVALID_VALUE = 'INVALID_VALUE',
  UNKNOWN_CODE = 'UNKNOWN_CODE',
  NAME_REQUIRED = 'NAME_REQUIRED',
  NOT_AN_EDITOR = 'NOT_AN_EDITOR',
  LOCATION_OUTSIDE_JORDAN = 'LOCATION_OUTSIDE_JORDAN',
  COORDINATES_INCOMPLETE = 'COORDINATES_INCOMPLETE',
  SCHEDULE_CLOSES_BEFORE_OPENING = 'SCHEDULE_CLOSES_BEFORE_OPENING',
  NEGATIVE_PLACES = 'NEGATIVE_PLACES',
  AGE_RANGE_REVERSED = 'AGE_RANGE_REVERSED',
  CONFLICT = 'CONFLICT',
}
registerEnumType(ServiceErrorCode, {
  name: 'ServiceErrorCode',
  description: 'Why a services mutation changed nothing (the field says which input, the message says the rule).',
  valuesConfig: {
    INVALID_VALUE: { description: 'The value is outside what the field accepts (the message says the limits).' },
    UNKNOWN_CODE: { description: 'Not a code of the list (serviceCategories, targetGroups, governorates).' },
    NAME_REQUIRED: { description: 'Give a name in Arabic or English.' },
    NOT_AN_EDITOR: { description: 'Only owners and editors of the organisation manage its services.' },
    LOCATION_OUTSIDE_JORDAN: {
      description: "The coordinates are outside Jordan's bounds (latitude 29.18 to 33.38, longitude 34.88 to 39.31).",
    },
    COORDINATES_INCOMPLETE: { description: 'Give both latitude and longitude, or neither.' },
    SCHEDULE_CLOSES_BEFORE_OPENING: { description: 'An opening closes before (or when) it opens.' },
    NEGATIVE_PLACES: { description: 'Places available and the waiting list cannot be negative.' },
    AGE_RANGE_REVERSED: { description: 'The minimum age is above the maximum age.' },
    CONFLICT: {
      description: 'Someone else saved the service since it was opened: reload it and apply the change again.',
    },
  },
});

@ObjectType('ServiceError', {
  implements: UserError,
  description: 'An expected failure of a services mutation: nothing was changed.',
})
export class ServiceError extends UserErrorFields('ServiceError', ServiceErrorCode) {}

export const serviceError = userErrorOf(ServiceError);
