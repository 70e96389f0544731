import { ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorFields, userErrorOf } from '../../../common/errors/user-error.js';

/** Why an award, agreement, approval or disbursement mutation changed nothing: each code names one rule. */
export enum GrantAwardErrorCode {
  INVALID_VALUE = 'INVALID_VALUE',
  REASONS_REQUIRED = 'REASONS_REQUIRED',
  APPLICATION_NOT_FOUND = 'APPLICATION_NOT_FOUND',
  NOT_SHORTLISTED = 'NOT_SHORTLISTED',
  ALREADY_AWARDED = 'ALREADY_AWARDED',
  AMOUNT_BELOW_CALL_MINIMUM = 'AMOUNT_BELOW_CALL_MINIMUM',
  AMOUNT_ABOVE_CALL_MAXIMUM = 'AMOUNT_ABOVE_CALL_MAXIMUM',
  LOT_ENVELOPE_EXCEEDED = 'LOT_ENVELOPE_EXCEEDED',
  CALL_ENVELOPE_EXCEEDED = 'CALL_ENVELOPE_EXCEEDED',
  PROGRAMME_ENVELOPE_EXCEEDED = 'PROGRAMME_ENVELOPE_EXCEEDED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  AWARD_NOT_FOUND = 'AWARD_NOT_FOUND',
  AWARD_NOT_ACTIVE = 'AWARD_NOT_ACTIVE',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  AGREEMENT_EXISTS = 'AGREEMENT_EXISTS',
  AGREEMENT_NOT_FOUND = 'AGREEMENT_NOT_FOUND',
  SCHEDULE_SHARES_NOT_100 = 'SCHEDULE_SHARES_NOT_100',
  DATES_INVALID = 'DATES_INVALID',
  APPROVAL_ALREADY_REQUESTED = 'APPROVAL_ALREADY_REQUESTED',
  APPROVAL_NOT_REQUESTED = 'APPROVAL_NOT_REQUESTED',
  APPROVAL_ALREADY_DECIDED = 'APPROVAL_ALREADY_DECIDED',
  APPROVAL_MISSING = 'APPROVAL_MISSING',
  TRANCHE_NOT_FOUND = 'TRANCHE_NOT_FOUND',
  TRANCHE_ALREADY_PAID = 'TRANCHE_ALREADY_PAID',
  REPORT_NOT_APPROVED = 'REPORT_NOT_APPROVED',
  RATE_REQUIRED = 'RATE_REQUIRED',
  CURRENCY_NOT_ALLOWED = 'CURRENCY_NOT_ALLOWED',
  PAYMENT_EXCEEDS_AWARD = 'PAYMENT_EXCEEDS_AWARD',
}
registerEnumType(GrantAwardErrorCode, {
  name: 'GrantAwardErrorCode',
  description: 'Why an award, agreement, approval or disbursement mutation changed nothing (each names one rule).',
  valuesConfig: {
    INVALID_VALUE: { description: 'The value is outside what the field accepts (the message says the limits).' },
    REASONS_REQUIRED: { description: "Give the decision's reasons in Arabic or English." },
    APPLICATION_NOT_FOUND: { description: 'No such application.' },
    NOT_SHORTLISTED: { description: 'Only a shortlisted application is awarded.' },
    ALREADY_AWARDED: { description: 'The application already has an award (one per application).' },
    AMOUNT_BELOW_CALL_MINIMUM: { description: "The amount is below the call's minimum grant." },
    AMOUNT_ABOVE_CALL_MAXIMUM: { description: "The amount is above the call's maximum grant." },
    LOT_ENVELOPE_EXCEEDED: { description: "The amount is above what is left of the lot's envelope." },
    CALL_ENVELOPE_EXCEEDED: { description: "The amount is above what is left of the call's envelope." },
    PROGRAMME_ENVELOPE_EXCEEDED: {
      description: "The amount is above what is left of the programme's envelope (4,000,000 EUR).",
    },
    IDEMPOTENCY_KEY_REUSED: { description: 'The idempotency key was used before with another request.' },
    AWARD_NOT_FOUND: { description: 'No such award.' },
    AWARD_NOT_ACTIVE: { description: 'The award is terminated or completed: it no longer changes or pays.' },
    VERSION_CONFLICT: { description: 'Someone changed it meanwhile: reload and edit again.' },
    AGREEMENT_EXISTS: { description: 'The award already has its agreement.' },
    AGREEMENT_NOT_FOUND: { description: 'The award has no agreement yet.' },
    SCHEDULE_SHARES_NOT_100: {
      description: "The tranches' shares do not add up to the whole award (10,000 basis points).",
    },
    DATES_INVALID: { description: 'The dates are out of order (the message says which).' },
    APPROVAL_ALREADY_REQUESTED: { description: 'The foreign-funding approval is already requested.' },
    APPROVAL_NOT_REQUESTED: { description: 'The foreign-funding approval has not been requested yet.' },
    APPROVAL_ALREADY_DECIDED: { description: 'The foreign-funding approval is already decided.' },
    APPROVAL_MISSING: {
      description: 'No money moves before the government has approved the foreign funding of the grant.',
    },
    TRANCHE_NOT_FOUND: { description: "Not a tranche of this grant's disbursement schedule." },
    TRANCHE_ALREADY_PAID: { description: 'The tranche is already paid in full.' },
    REPORT_NOT_APPROVED: { description: 'The report this tranche depends on is not approved yet.' },
    RATE_REQUIRED: { description: 'A payment in JOD needs the exchange rate and its value date.' },
    CURRENCY_NOT_ALLOWED: { description: 'Payments are in JOD or EUR.' },
    PAYMENT_EXCEEDS_AWARD: { description: 'The payments would exceed the award (or the tranche).' },
  },
});

@ObjectType('GrantAwardError', {
  implements: UserError,
  description: 'An expected failure of an award, agreement, approval or disbursement mutation: nothing was changed.',
})
export class GrantAwardError extends UserErrorFields('GrantAwardError', GrantAwardErrorCode) {}

export const grantAwardError = userErrorOf(GrantAwardError);

/** Thrown inside a transaction to roll it back whole, then answered as a user error. */
export class GrantAwardRefusal extends Error {
  constructor(readonly error: GrantAwardError) {
    super(error.message);
  }
}
