import { ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorFields, userErrorOf } from '../../../common/errors/user-error.js';

export enum GrantReportErrorCode {
  AWARD_NOT_FOUND = 'AWARD_NOT_FOUND',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  AWARD_NOT_IN_FORCE = 'AWARD_NOT_IN_FORCE',
  REPORT_NOT_FOUND = 'REPORT_NOT_FOUND',
  REPORT_ALREADY_EXISTS = 'REPORT_ALREADY_EXISTS',
  WRONG_STATE = 'WRONG_STATE',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  NARRATIVE_REQUIRED = 'NARRATIVE_REQUIRED',
  PERIOD_INVALID = 'PERIOD_INVALID',
  EXPENDITURE_LINE_NOT_IN_BUDGET = 'EXPENDITURE_LINE_NOT_IN_BUDGET',
  EXPENDITURE_LINE_REPEATED = 'EXPENDITURE_LINE_REPEATED',
  EXPENDITURE_AMOUNT_INVALID = 'EXPENDITURE_AMOUNT_INVALID',
  INDICATOR_NOT_IN_LOGFRAME = 'INDICATOR_NOT_IN_LOGFRAME',
  INDICATOR_REPEATED = 'INDICATOR_REPEATED',
  COMMENTS_REQUIRED = 'COMMENTS_REQUIRED',
}
registerEnumType(GrantReportErrorCode, {
  name: 'GrantReportErrorCode',
  description: 'Why a grant report mutation changed nothing (the field says which input, the message says the rule).',
  valuesConfig: {
    AWARD_NOT_FOUND: { description: 'No such award (or not yours to report on).' },
    NOT_A_MEMBER: { description: "Only the grantee organisation's editors and owners submit its reports." },
    AWARD_NOT_IN_FORCE: { description: 'The award is terminated or completed: no more reports.' },
    REPORT_NOT_FOUND: { description: 'No such report (or not yours to see).' },
    REPORT_ALREADY_EXISTS: {
      description: 'The award already has a report of this kind and number: submit that one again if returned.',
    },
    WRONG_STATE: { description: 'The report is not in the state this change needs (the message says which).' },
    VERSION_CONFLICT: { description: 'Someone changed the report meanwhile: reload it and try again.' },
    NARRATIVE_REQUIRED: { description: 'Write the narrative in Arabic or English.' },
    PERIOD_INVALID: { description: 'The period ends before it starts.' },
    EXPENDITURE_LINE_NOT_IN_BUDGET: {
      description: "Rule: expenditure is reported only on lines of the application's budget.",
    },
    EXPENDITURE_LINE_REPEATED: { description: 'Rule: each budget line is reported once.' },
    EXPENDITURE_AMOUNT_INVALID: { description: 'Rule: an amount spent is a whole number of minor units, 0 or more.' },
    INDICATOR_NOT_IN_LOGFRAME: { description: "Rule: results are reported only for the logframe's indicators." },
    INDICATOR_REPEATED: { description: 'Rule: each indicator is reported once.' },
    COMMENTS_REQUIRED: { description: 'Returning a report needs comments saying what to change.' },
  },
});

@ObjectType('GrantReportError', {
  implements: UserError,
  description: 'An expected failure of a grant report mutation: nothing was changed.',
})
export class GrantReportError extends UserErrorFields('GrantReportError', GrantReportErrorCode) {}

export const grantReportError = userErrorOf(GrantReportError);
