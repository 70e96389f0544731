/**
 * The identity pages' words for the API's userError codes (the form machinery is `@shabaka/ui/forms`): the codes of
 * the accounts module (sign-up, sign-in, password, sessions, API tokens).
 */
import { formErrors } from '@shabaka/ui/forms';
import * as m from './paraglide/messages.js';

export const { errorMessage, fieldErrors, rejected } = formErrors({
  codes: {
    EMAIL_NOT_VERIFIED: m.errEMAIL_NOT_VERIFIED,
    INVALID_CREDENTIALS: m.errINVALID_CREDENTIALS,
    INVALID_EMAIL: m.errINVALID_EMAIL,
    INVALID_TOKEN: m.errINVALID_TOKEN,
    LIMIT_REACHED: m.errLIMIT_REACHED,
    NAME_REQUIRED: m.errNAME_REQUIRED,
    NOT_A_SESSION: m.errNOT_A_SESSION,
    NOT_FOUND: m.errNOT_FOUND,
    WEAK_PASSWORD: m.errWEAK_PASSWORD,
  },
});
