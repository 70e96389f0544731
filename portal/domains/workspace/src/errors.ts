/**
 * The workspace pages' words for the API's userError codes (the form machinery is `@shabaka/ui/forms`): the codes of
 * the membership, directory and verification modules, and INVALID_VALUE by the organisation profile's field.
 */
import { formatYear, translate, type Locale } from '@shabaka/ui';
import { formErrors, isolated } from '@shabaka/ui/forms';
import * as m from './paraglide/messages.js';

/** The earliest founding year the API takes (its rule: from 1900 to this year). */
const FIRST_FOUNDING_YEAR = 1900;

/** INVALID_VALUE in the reader's words, by the field it names; others: the general "not accepted". */
function invalidValue(field: string | undefined, locale: Locale): string | undefined {
  const t = translate(locale);
  switch (field ?? '') {
    case 'foundingYear':
      return t(m.errYearRange, {
        min: formatYear(FIRST_FOUNDING_YEAR, locale),
        max: formatYear(new Date().getFullYear(), locale),
      });
    case 'staffCount':
    case 'volunteerCount':
      return t(m.errWholeNumber);
    case 'website':
      return t(m.errWebsite, { example: isolated('https://example.org') });
    default:
      return undefined;
  }
}

export const { errorMessage, fieldErrors, rejected } = formErrors({
  codes: {
    EMAIL_NOT_VERIFIED: m.errEMAIL_NOT_VERIFIED,
    INVALID_EMAIL: m.errINVALID_EMAIL,
    INVALID_TOKEN: m.errINVALID_TOKEN,
    NAME_REQUIRED: m.errNAME_REQUIRED,
    NOT_FOUND: m.errNOT_FOUND,
    UNKNOWN_CODE: m.errUNKNOWN_CODE,
    INVALID_IDENTIFIER: m.errINVALID_IDENTIFIER,
    IDENTIFIER_TAKEN: m.errIDENTIFIER_TAKEN,
    ALREADY_MEMBER: m.errALREADY_MEMBER,
    ALREADY_CLAIMED: m.errALREADY_CLAIMED,
    EMAIL_MISMATCH: m.errEMAIL_MISMATCH,
    NOT_A_MEMBER: m.errNOT_A_MEMBER,
    LAST_OWNER: m.errLAST_OWNER,
    ALREADY_DECIDED: m.errALREADY_DECIDED,
    REASON_REQUIRED: m.errREASON_REQUIRED,
  },
  invalidValue,
});
