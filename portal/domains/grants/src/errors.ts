/** The grants pages' words for the API's userError codes (the form machinery is `@shabaka/ui/forms`). */
import { formErrors } from '@shabaka/ui/forms';
import * as m from './paraglide/messages.js';

export const { errorMessage, fieldErrors, rejected } = formErrors({
  codes: {
    DEADLINE_PASSED: m.grErrDeadlinePassed,
    VERSION_CONFLICT: m.grErrVersionConflict,
    NOT_EDITABLE: m.grErrNotEditable,
    ALREADY_APPLIED: m.grErrAlreadyApplied,
    NOT_A_MEMBER: m.grErrNotAMember,
    REQUIRED: m.grErrRequired,
    AMOUNT_BELOW_MINIMUM: m.grErrAmountBelowMinimum,
    AMOUNT_ABOVE_MAXIMUM: m.grErrAmountAboveMaximum,
    AMOUNT_ABOVE_ENVELOPE: m.grErrAmountAboveEnvelope,
    COFINANCING_TOO_LOW: m.grErrCofinancingTooLow,
    LOGFRAME_INCOMPLETE: m.grErrLogframeIncomplete,
    LEAD_NOT_VERIFIED: m.grErrLeadNotVerified,
    TOO_RECENTLY_REGISTERED: m.grErrTooRecentlyRegistered,
    PARTNER_NOT_CONFIRMED: m.grErrPartnerNotConfirmed,
    CONSORTIUM_TOO_SMALL: m.grErrConsortiumTooSmall,
    DURATION_TOO_LONG: m.grErrDurationTooLong,
    CALL_NOT_OPEN: m.grErrCallNotOpen,
    CALL_NOT_FOUND: m.grants_form_err_call_not_found,
    CALL_NOT_PUBLISHED: m.grants_form_err_call_not_published,
    ASKED_QUESTION_NOT_FOUND: m.grants_form_err_asked_not_found,
    ASKED_QUESTION_ANSWERED: m.grants_form_err_asked_answered,
    REQUIRED_DOCUMENT_MISSING: m.grants_att_required_missing,
    UNKNOWN_DOCUMENT: m.grants_att_unknown_document,
    NOT_DECLINABLE: m.grants_decline_not_possible,
  },
});
