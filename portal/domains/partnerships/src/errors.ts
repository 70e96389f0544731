/** The partnerships pages' words for the API's userError codes (the form machinery is `@shabaka/ui/forms`). */
import { formErrors } from '@shabaka/ui/forms';
import * as m from './paraglide/messages.js';

export const { errorMessage, fieldErrors, rejected } = formErrors({
  codes: {
    DESCRIPTION_REQUIRED: m.errDESCRIPTION_REQUIRED,
    EXPIRY_IN_PAST: m.errEXPIRY_IN_PAST,
    EXPIRY_TOO_FAR: m.errEXPIRY_TOO_FAR,
    LISTING_NOT_FOUND: m.errLISTING_NOT_FOUND,
    LISTING_WITHDRAWN: m.errLISTING_WITHDRAWN,
    NOT_A_MEMBER: m.errNOT_A_MEMBER,
    UNKNOWN_CAPABILITY: m.errUNKNOWN_CAPABILITY,
    UNKNOWN_GOVERNORATE: m.errUNKNOWN_GOVERNORATE,
    UNKNOWN_PARTY: m.errUNKNOWN_PARTY,
    UNKNOWN_TARGET_GROUP: m.errUNKNOWN_TARGET_GROUP,
    ALREADY_CONFIRMED: m.prErrALREADY_CONFIRMED,
    END_BEFORE_START: m.prErrEND_BEFORE_START,
    LISTING_EXPIRED: m.prErrLISTING_EXPIRED,
    MESSAGE_REQUIRED: m.prErrMESSAGE_REQUIRED,
    NOT_A_PARTNERSHIP_MEMBER: m.prErrNOT_A_PARTNERSHIP_MEMBER,
    NOT_A_PARTY: m.prErrNOT_A_PARTY,
    PARTNERSHIP_NOT_FOUND: m.prErrPARTNERSHIP_NOT_FOUND,
    REASON_REQUIRED: m.prErrREASON_REQUIRED,
    REQUEST_ALREADY_OPEN: m.prErrREQUEST_ALREADY_OPEN,
    REQUEST_NOT_FOUND: m.prErrREQUEST_NOT_FOUND,
    REQUEST_NOT_PENDING: m.prErrREQUEST_NOT_PENDING,
    REQUEST_TO_SELF: m.prErrREQUEST_TO_SELF,
    WRONG_STATUS: m.prErrWRONG_STATUS,
  },
});

/** The form's field for each input field the API names. */
export const FIELD_NAMES: Record<string, string> = {
  expiresAt: 'expiresOn',
  governorates: 'governorate',
  targetGroups: 'targetGroup',
  partyId: '_form',
  listingId: '_form',
};

/** The request and partnership forms' field for each input field the API names. */
export const REQUEST_FIELD_NAMES: Record<string, string> = {
  toPartyId: '_form',
  listingId: '_form',
  requestId: '_form',
  partnershipId: '_form',
  partyId: '_form',
  governorates: 'governorate',
  targetGroups: 'targetGroup',
};
