/** The participation pages' words for the API's userError codes (the form machinery is `@shabaka/ui/forms`). */
import { formErrors } from '@shabaka/ui/forms';
import * as m from './paraglide/messages.js';

export const { errorMessage, fieldErrors, rejected } = formErrors({
  codes: {
    NOT_OPEN: m.participation_err_not_open,
    ALREADY_CONTRIBUTED: m.participation_err_already_contributed,
    NOT_AN_EDITOR: m.participation_err_not_an_editor,
    ORGANIZATION_NOT_VERIFIED: m.participation_err_not_verified,
    COMMENT_REQUIRED: m.participation_err_comment_required,
    STALE_VERSION: m.participation_err_stale,
    OWN_CONTRIBUTION: m.participation_err_own,
    ALREADY_ENDORSED: m.participation_err_already_endorsed,
    NOT_AN_OWNER: m.participation_err_not_an_owner,
    NOT_IN_ANALYSIS: m.participation_err_not_in_analysis,
    REASON_REQUIRED: m.participation_err_reason_required,
    ANSWERS_MISSING: m.participation_err_answers_missing,
  },
});
