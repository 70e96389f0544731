/** The services pages' words for the API's userError codes (the form machinery is `@shabaka/ui/forms`). */
import { formErrors } from '@shabaka/ui/forms';
import * as m from './paraglide/messages.js';

export const { errorMessage, fieldErrors, rejected } = formErrors({
  codes: {
    UNKNOWN_CODE: m.errUNKNOWN_CODE,
    NAME_REQUIRED: m.errNAME_REQUIRED,
    NOT_AN_EDITOR: m.errNOT_AN_EDITOR,
    LOCATION_OUTSIDE_JORDAN: m.errLOCATION_OUTSIDE_JORDAN,
    COORDINATES_INCOMPLETE: m.errCOORDINATES_INCOMPLETE,
    SCHEDULE_CLOSES_BEFORE_OPENING: m.errSCHEDULE_CLOSES_BEFORE_OPENING,
    NEGATIVE_PLACES: m.errNEGATIVE_PLACES,
    AGE_RANGE_REVERSED: m.errAGE_RANGE_REVERSED,
    CONFLICT: m.errCONFLICT,
  },
});
