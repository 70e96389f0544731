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
