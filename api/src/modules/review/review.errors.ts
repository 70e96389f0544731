import { ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorFields, userErrorOf } from '../../common/errors/user-error.js';

export enum ReviewErrorCode {
  INVALID_VALUE = 'INVALID_VALUE',
  SCOPE_NOT_FOUND = 'SCOPE_NOT_FOUND',
  RUBRIC_REQUIRED = 'RUBRIC_REQUIRED',
  RUBRIC_LOCKED = 'RUBRIC_LOCKED',
  DUPLICATE_CRITERION = 'DUPLICATE_CRITERION',
  ASSIGNMENT_NOT_FOUND = 'ASSIGNMENT_NOT_FOUND',
  NOT_A_REVIEWER = 'NOT_A_REVIEWER',
  CONFLICT_OF_INTEREST = 'CONFLICT_OF_INTEREST',
  CONFLICT_DECLARED = 'CONFLICT_DECLARED',
  ALREADY_ASSIGNED = 'ALREADY_ASSIGNED',
  TOO_FEW_REVIEWERS = 'TOO_FEW_REVIEWERS',
  NOT_REVIEWABLE = 'NOT_REVIEWABLE',
  ALREADY_SUBMITTED = 'ALREADY_SUBMITTED',
  UNKNOWN_CRITERION = 'UNKNOWN_CRITERION',
  SCORE_OUT_OF_RANGE = 'SCORE_OUT_OF_RANGE',
  SCORES_INCOMPLETE = 'SCORES_INCOMPLETE',
  REQUIRED = 'REQUIRED',
}
registerEnumType(ReviewErrorCode, {
  name: 'ReviewErrorCode',
  description: 'Why a review mutation changed nothing (the field says which input, the message says the rule).',
  valuesConfig: {
    INVALID_VALUE: { description: 'The value is outside what the field accepts (the message says the limits).' },
    SCOPE_NOT_FOUND: { description: 'No such scope (e.g. a call) to set a rubric on.' },
    RUBRIC_REQUIRED: { description: 'The round has no rubric yet: officers set its criteria first.' },
    RUBRIC_LOCKED: { description: 'A reviewer has submitted scores on this rubric: it no longer changes.' },
    DUPLICATE_CRITERION: { description: 'Two criteria have the same code.' },
    ASSIGNMENT_NOT_FOUND: { description: 'No such assignment (or not assigned to you).' },
    NOT_A_REVIEWER: { description: 'The person does not hold the reviewer role.' },
    CONFLICT_OF_INTEREST: {
      description: 'The reviewer is a member of an organisation taking part in the subject: never assigned.',
    },
    CONFLICT_DECLARED: { description: 'The reviewer declared a conflict of interest on the subject: never assigned.' },
    ALREADY_ASSIGNED: { description: 'The reviewer is already assigned to the subject.' },
    TOO_FEW_REVIEWERS: { description: 'Each subject needs at least the minimum number of reviewers (two).' },
    NOT_REVIEWABLE: { description: 'The subject is not in a state where it is reviewed.' },
    ALREADY_SUBMITTED: { description: 'The review is submitted (or a conflict declared): it no longer changes.' },
    UNKNOWN_CRITERION: { description: 'Not a criterion of the rubric.' },
    SCORE_OUT_OF_RANGE: { description: 'A score is a whole number from 0 to 5.' },
    SCORES_INCOMPLETE: { description: 'Every criterion needs a score before the review is submitted.' },
    REQUIRED: { description: 'This field is required.' },
  },
});

@ObjectType('ReviewError', {
  implements: UserError,
  description: 'An expected failure of a review mutation: nothing was changed.',
})
export class ReviewError extends UserErrorFields('ReviewError', ReviewErrorCode) {}

export const reviewError = userErrorOf(ReviewError);
