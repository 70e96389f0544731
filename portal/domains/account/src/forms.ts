/**
 * Form actions answer with the values the reader typed and an error per field, so a page re-renders the form as it
 * was with each message next to its field (with or without JavaScript). The API's userErrors name their field as a
 * path (["input", "email"]) and a stable code, which is translated here; the API's English message is the fallback.
 */
import {
  formatYear,
  intlLocale,
  localized,
  translate,
  translateCount,
  type CompiledMessage,
  type Locale,
} from '@shabaka/ui';
import * as m from './paraglide/messages.js';

export type FieldErrors = Record<string, string>;

export interface FormState {
  /** Which form of the page answered (a page can hold several). */
  form: string;
  values: Record<string, string>;
  errors: FieldErrors;
  /** A success message, when the action worked and stays on the page. */
  done?: string;
  /** Extra data of a success (e.g. a new API token's secret, shown once). */
  secret?: string;
}

export interface UserError {
  field?: string[] | null;
  code: string;
  message: string;
  retryAfterSeconds?: number | null;
  /** With LAST_OWNER: the organisations concerned, by their names in both languages. */
  organizationNames?: readonly { ar: string | null; en: string | null }[] | null;
}

const CODE_MESSAGES: Record<string, CompiledMessage<Record<string, never>> | undefined> = {
  EMAIL_NOT_VERIFIED: m.errEMAIL_NOT_VERIFIED,
  INVALID_CREDENTIALS: m.errINVALID_CREDENTIALS,
  INVALID_EMAIL: m.errINVALID_EMAIL,
  INVALID_TOKEN: m.errINVALID_TOKEN,
  LIMIT_REACHED: m.errLIMIT_REACHED,
  NAME_REQUIRED: m.errNAME_REQUIRED,
  NOT_A_SESSION: m.errNOT_A_SESSION,
  NOT_FOUND: m.errNOT_FOUND,
  WEAK_PASSWORD: m.errWEAK_PASSWORD,
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
};

/** The earliest founding year the API takes (its rule: from 1900 to this year). */
const FIRST_FOUNDING_YEAR = 1900;

/**
 * INVALID_VALUE in the reader's words, by the field it names (the API's English detail never enters an Arabic
 * sentence).
 */
function invalidValueMessage(field: string | undefined, locale: Locale): string {
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
      return t(m.errValueNotAccepted);
  }
}

/** The reader's message for one userError. */
export function errorMessage(error: UserError, locale: Locale): string {
  const t = translate(locale);
  if (error.code === 'TOO_MANY_ATTEMPTS') {
    return translateCount(locale)(m.errTOO_MANY_ATTEMPTS, error.retryAfterSeconds ?? 60);
  }
  if (error.code === 'INVALID_VALUE') return invalidValueMessage(error.field?.at(-1), locale);
  const names = (error.organizationNames ?? []).map((name) => localized(name, locale)?.text).filter(Boolean);
  if (error.code === 'LAST_OWNER' && names.length > 0) {
    // each name isolated (it may be in the other script), joined as the reader's language joins a list
    const list = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(
      names.map((name) => isolated(name!)),
    );
    return t(m.errLAST_OWNER_NAMED, { names: list });
  }
  const message = CODE_MESSAGES[error.code];
  return message ? t(message) : error.message;
}

/**
 * A left-to-right piece (an address, an email) inside a sentence, isolated (FSI ... PDI) so that Arabic text around
 * it does not reorder it ("https://" read as "//:https").
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

/** userErrors as one message per form field (the last segment of the path); `_form` for the form as a whole. */
export function fieldErrors(
  errors: readonly UserError[],
  locale: Locale,
  fieldNames: Record<string, string> = {},
): FieldErrors {
  const result: FieldErrors = {};
  for (const error of errors) {
    const apiField = error.field?.at(-1);
    const field = apiField ? (fieldNames[apiField] ?? apiField) : '_form';
    result[field] ??= errorMessage(error, locale);
  }
  return result;
}

/** The text fields of a submitted form (files and passwords left out: a form never sends a password back). */
export function formValues(
  data: FormData,
  secret: readonly string[] = ['password', 'newPassword'],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of data) {
    if (typeof value !== 'string' || secret.includes(name)) continue;
    values[name] = name in values ? `${values[name]}\n${value}` : value;
  }
  return values;
}

export function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** A `next` parameter that stays on this portal (no open redirect). */
export function safeNext(next: string | null, fallback: string): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}
