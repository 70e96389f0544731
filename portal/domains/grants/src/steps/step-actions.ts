/**
 * The form actions of the application's steps: each step posts only its own fields through the same
 * `grantApplicationUpdate` mutation, and either goes on (303: the same step, or the next one) or answers the step as
 * typed with the API's errors next to their fields. An autosave (the step's script, header `x-grants-autosave`) gets
 * the new version back instead of a redirect, so the next save is made on it.
 */
import { redirect } from '@sveltejs/kit';
import type { GrantLocality } from '@shabaka/graphql';
import { pagePath, translate } from '@shabaka/ui';
import { act, invalid, text, type FieldErrors, type UserError } from '@shabaka/ui/forms';
import type { GrantsActionEvent } from '../actions.js';
import { BUDGET_CATEGORIES } from '../actions.js';
import { errorMessage } from '../errors.js';
import { GrantApplicationSubmitMutation, GrantApplicationUpdateMutation } from '../graphql/grants.js';
import { centsOf } from '../money.js';
import * as m from '../paraglide/messages.js';
import {
  STEPS,
  formFieldOf,
  isBlankLine,
  linesOf,
  objectivesOf,
  objectivesToSave,
  stepOfField,
  stepPath,
  type Step,
} from './steps.js';

/** The header the autosave script sends (a plain form post never has it). */
export const AUTOSAVE_HEADER = 'x-grants-autosave';

/** The API's userErrors as the step form's fields (the first error of a field wins). */
export function stepFieldErrors(userErrors: readonly UserError[], event: GrantsActionEvent): FieldErrors {
  const errors: FieldErrors = {};
  for (const error of userErrors) errors[formFieldOf(error.field)] ??= errorMessage(error, event.locals.locale);
  return errors;
}

const orNull = (value: string): string | null => value || null;

/** The fields of the project step. */
function projectFields(data: FormData, errors: FieldErrors, locale: GrantsActionEvent['locals']['locale']) {
  const duration = text(data, 'durationMonths');
  const beneficiaries = text(data, 'expectedBeneficiaries');
  if (duration && !/^\d{1,2}$/.test(duration)) errors.durationMonths = translate(locale)(m.grErrWholeNumber);
  if (beneficiaries && !/^\d{1,7}$/.test(beneficiaries)) {
    errors.expectedBeneficiaries = translate(locale)(m.grErrWholeNumber);
  }
  return {
    lotId: orNull(text(data, 'lotId')),
    titleAr: text(data, 'titleAr'),
    titleEn: text(data, 'titleEn'),
    summaryAr: text(data, 'summaryAr'),
    summaryEn: text(data, 'summaryEn'),
    descriptionAr: text(data, 'descriptionAr'),
    descriptionEn: text(data, 'descriptionEn'),
    durationMonths: duration && !errors.durationMonths ? Number(duration) : null,
    locality: (orNull(text(data, 'locality')) as GrantLocality | null) ?? null,
    targetGroups: text(data, 'targetGroup')
      ? [{ code: text(data, 'targetGroup'), expectedBeneficiaries: Number(beneficiaries || '0') || 0 }]
      : [],
  };
}

/** The budget lines as posted, with an error next to each amount that is not one and each line without a category. */
function budgetFields(
  values: Record<string, string>,
  errors: FieldErrors,
  locale: GrantsActionEvent['locals']['locale'],
) {
  const t = translate(locale);
  const budgetLines = [];
  for (const [i, row] of linesOf(values).entries()) {
    if (isBlankLine(row)) continue;
    const requested = centsOf(row.requested);
    const cofinancing = centsOf(row.cofinancing);
    if (requested === null) errors[`line${i}Requested`] = t(m.grErrAmount);
    if (cofinancing === null) errors[`line${i}Cofinancing`] = t(m.grErrAmount);
    const category = BUDGET_CATEGORIES.find((c) => c === row.category);
    if (!category) errors[`line${i}Category`] = t(m.grErrRequired);
    if (!row.description) errors[`line${i}Description`] = t(m.grErrRequired);
    budgetLines.push({
      category: category ?? 'OTHER',
      description: row.description,
      requestedMinor: requested ?? 0,
      cofinancingMinor: cofinancing ?? 0,
      currency: 'EUR',
    });
  }
  return { budgetLines };
}

/** Saves one step of the draft; `intent=next` goes on to the next step. */
export async function saveStep(event: GrantsActionEvent, step: 'project' | 'logframe' | 'budget') {
  return act('step', event, async (data, values) => {
    const locale = event.locals.locale;
    const errors: FieldErrors = {};
    const fields =
      step === 'project'
        ? projectFields(data, errors, locale)
        : step === 'logframe'
          ? { logframe: objectivesToSave(objectivesOf(values)) }
          : budgetFields(values, errors, locale);
    if (Object.keys(errors).length > 0) return invalid('step', values, errors);
    const answer = await event.locals.api(GrantApplicationUpdateMutation, {
      input: { applicationId: event.params.id ?? '', version: Number(text(data, 'version')), ...fields },
    });
    const result = answer.grantApplicationUpdate;
    if (result.userErrors.length > 0 || !result.application) {
      return invalid('step', values, stepFieldErrors(result.userErrors, event));
    }
    if (event.request.headers.get(AUTOSAVE_HEADER) === '1') {
      return { form: 'autosave', values: {}, errors: {}, version: result.application.version };
    }
    const next: Step = text(data, 'intent') === 'next' ? (STEPS[STEPS.indexOf(step) + 1] ?? step) : step;
    const query = next === step ? '?saved' : '';
    redirect(303, pagePath(locale, `${stepPath(result.application.uuid, next)}${query}`));
  });
}

export const saveProjectStep = (event: GrantsActionEvent) => saveStep(event, 'project');
export const saveLogframeStep = (event: GrantsActionEvent) => saveStep(event, 'logframe');
export const saveBudgetStep = (event: GrantsActionEvent) => saveStep(event, 'budget');

/**
 * Submits from the review step; a refusal lists each reason under the step that holds its field, keyed
 * `<step>|<field>` so the review page links each one to its field on that step's page.
 */
export async function submitFromReview(event: GrantsActionEvent) {
  return act('submit', event, async (data, values) => {
    const answer = await event.locals.api(GrantApplicationSubmitMutation, {
      input: {
        applicationId: event.params.id ?? '',
        idempotencyKey: text(data, 'idempotencyKey') || crypto.randomUUID(),
      },
    });
    const result = answer.grantApplicationSubmit;
    if (result.userErrors.length > 0 || !result.application) {
      const errors: FieldErrors = {};
      for (const error of result.userErrors) {
        errors[`${stepOfField(error.field)}|${formFieldOf(error.field)}`] ??= errorMessage(error, event.locals.locale);
      }
      return invalid('submit', values, errors);
    }
    redirect(303, pagePath(event.locals.locale, `grants/applications/${result.application.uuid}?submitted`));
  });
}
