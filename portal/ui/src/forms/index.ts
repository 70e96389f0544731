/**
 * The form machinery every domain's actions share. An action reads its form, calls one mutation through the
 * generated client, and either redirects (303, so a reload does not post again) or answers a FormState with the
 * typed values and the errors next to their fields. The API's userErrors name their field as a path and a stable
 * code, translated here with the codes a domain knows ({@link formErrors}); the API's English message is the
 * fallback. Server-side: pages import the types from `@shabaka/ui`.
 */
import { fail, type ActionFailure } from '@sveltejs/kit';
import { ApiUnavailableError } from '@shabaka/graphql';
import { formatFileSize, translate, translateCount, type CompiledMessage, type Locale } from '../i18n.js';
import * as m from '../paraglide/messages.js';
import type { FieldErrors, FormState, UserError } from './state.js';

export type { FieldErrors, FormState, UserError } from './state.js';

/** What an action needs of a SvelteKit request event (the shell provides it). */
export interface FormEvent {
  locals: { locale: Locale; files: { readonly maxBytes: number } };
  request: Request;
}

export type FormResult = FormState | ActionFailure<FormState>;

/** Runs one form's work; a down API answers 503 with the form as typed and a message, never a blank page. */
export async function act(
  form: string,
  event: FormEvent,
  work: (data: FormData, values: Record<string, string>) => Promise<FormResult>,
): Promise<FormResult> {
  let data: FormData;
  try {
    data = await event.request.formData();
  } catch (failure) {
    // a body over the portal server's limit (twice the upload limit): said in words, not the generic error page
    if (isStatus(failure, 413)) {
      const size = formatFileSize(event.locals.files.maxBytes, event.locals.locale);
      return fail(413, {
        form,
        values: {},
        errors: { _form: translate(event.locals.locale)(m.bodyTooLarge, { size }) },
      });
    }
    throw failure;
  }
  const values = formValues(data);
  try {
    return await work(data, values);
  } catch (failure) {
    if (failure instanceof ApiUnavailableError) {
      return fail(503, { form, values, errors: { _form: translate(event.locals.locale)(m.unavailableBody) } });
    }
    throw failure;
  }
}

function isStatus(failure: unknown, status: number): boolean {
  return typeof failure === 'object' && failure !== null && 'status' in failure && failure.status === status;
}

/** The form again as typed, with its errors (400). */
export function invalid(form: string, values: Record<string, string>, errors: FieldErrors): ActionFailure<FormState> {
  return fail(400, { form, values, errors });
}

/** "This field is required." next to each named field left empty (none: an empty object). */
export function required(locale: Locale, data: FormData, names: readonly string[]): FieldErrors {
  const message = translate(locale)(m.errRequired);
  return Object.fromEntries(names.filter((name) => !text(data, name)).map((name) => [name, message]));
}

/** The words of a domain for the API's codes it meets (the shared ones are known here). */
export interface ErrorWords {
  /** A message per userError code. */
  codes?: Record<string, CompiledMessage<Record<string, never>> | undefined>;
  /** INVALID_VALUE in the reader's words by the field it names; undefined: the general "not accepted". */
  invalidValue?: (field: string | undefined, locale: Locale) => string | undefined;
}

/**
 * The translation of userErrors with a domain's words: `errorMessage` for one, `fieldErrors` as one message per form
 * field (the last segment of the path, renamed by `fieldNames`; `_form` for the form as a whole, the first error of a
 * field winning) and `rejected`, the form again with them (400).
 */
export function formErrors(words: ErrorWords = {}) {
  function errorMessage(error: UserError, locale: Locale): string {
    if (error.code === 'TOO_MANY_ATTEMPTS') {
      return translateCount(locale)(m.errTOO_MANY_ATTEMPTS, error.retryAfterSeconds ?? 60);
    }
    if (error.code === 'INVALID_VALUE') {
      // the API's English detail never enters an Arabic sentence
      return words.invalidValue?.(error.field?.at(-1), locale) ?? translate(locale)(m.errValueNotAccepted);
    }
    const message = words.codes?.[error.code];
    return message ? translate(locale)(message) : error.message;
  }

  function fieldErrors(
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

  function rejected(
    form: string,
    event: { locals: { locale: Locale } },
    values: Record<string, string>,
    userErrors: readonly UserError[],
    fieldNames?: Record<string, string>,
  ): ActionFailure<FormState> {
    return invalid(form, values, fieldErrors(userErrors, event.locals.locale, fieldNames));
  }

  return { errorMessage, fieldErrors, rejected };
}

/**
 * A left-to-right piece (an address, an email) inside a sentence, isolated (FSI ... PDI) so that Arabic text around
 * it does not reorder it ("https://" read as "//:https").
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
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

/** A text field, trimmed ('' when absent). */
export function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** A password as typed (never trimmed: spaces can be part of it). */
export function secret(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/** A `next` parameter that stays on this portal (no open redirect). */
export function safeNext(next: string | null, fallback: string): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}
