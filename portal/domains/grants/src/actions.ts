/**
 * The grants pages' form actions: each reads its form, calls one mutation, and either redirects (303) or answers the
 * form as typed with the API's errors next to their fields. They work without JavaScript.
 */
import { redirect } from '@sveltejs/kit';
import type { GrantBudgetCategory, GrantLocality } from '@shabaka/graphql';
import { pagePath, translate } from '@shabaka/ui';
import { act, invalid, text, type FieldErrors } from '@shabaka/ui/forms';
import { rejected } from './errors.js';
import {
  GrantApplicationCreateMutation,
  GrantApplicationPartnerConfirmMutation,
  GrantApplicationQuery,
  GrantApplicationSubmitMutation,
  GrantApplicationUpdateMutation,
} from './graphql/grants.js';
import type { GrantsEvent } from './loads.js';
import { centsOf } from './money.js';
import * as m from './paraglide/messages.js';

export interface GrantsActionEvent extends GrantsEvent {
  request: Request;
  locals: GrantsEvent['locals'] & { files: { readonly maxBytes: number } };
}

/** The budget form's rows (a form without JavaScript posts a fixed number of them). */
export const BUDGET_ROWS = 6;
export const BUDGET_CATEGORIES: GrantBudgetCategory[] = [
  'STAFF',
  'TRAVEL',
  'EQUIPMENT',
  'SERVICES',
  'ACTIVITIES',
  'OFFICE',
  'OTHER',
  'INDIRECT',
];

/** The API's field names (the last segment of a userError's path) as the form's. */
const API_FIELDS: Record<string, string> = {
  '0': 'logframe',
  governorates: '_form',
  coApplicantIds: '_form',
  associateIds: '_form',
  leadOrganizationId: '_form',
  applicationId: '_form',
  version: '_form',
  partnerId: '_form',
  idempotencyKey: '_form',
  currency: 'budgetLines',
  code: 'targetGroup',
  targetGroups: 'targetGroup',
};

/** Starts an application to the call for the organisation chosen, then opens it. */
export async function startApplication(event: GrantsActionEvent) {
  return act('start', event, async (data, values) => {
    const locale = event.locals.locale;
    const lead = text(data, 'leadOrganizationId');
    if (!lead) return invalid('start', values, { leadOrganizationId: translate(locale)(m.grErrRequired) });
    const answer = await event.locals.api(GrantApplicationCreateMutation, {
      input: { callId: event.params.id ?? '', leadOrganizationId: lead, lotId: text(data, 'lotId') || null },
    });
    const result = answer.grantApplicationCreate;
    if (result.userErrors.length > 0 || !result.application) return rejected('start', event, values, result.userErrors);
    redirect(303, pagePath(locale, `grants/applications/${result.application.uuid}`));
  });
}

const orNull = (value: string): string | null => value || null;

/** Saves the draft as typed (every step's fields of the one form); errors come back next to their fields. */
export async function saveApplication(event: GrantsActionEvent) {
  return act('save', event, async (data, values) => {
    const locale = event.locals.locale;
    const errors: FieldErrors = {};
    const budgetLines = [];
    for (let i = 0; i < BUDGET_ROWS; i += 1) {
      const description = text(data, `line${i}Description`);
      const requested = centsOf(text(data, `line${i}Requested`));
      const cofinancing = centsOf(text(data, `line${i}Cofinancing`));
      if (requested === null) errors[`line${i}Requested`] = translate(locale)(m.grErrAmount);
      if (cofinancing === null) errors[`line${i}Cofinancing`] = translate(locale)(m.grErrAmount);
      if (!description && !requested && !cofinancing) continue;
      budgetLines.push({
        category: (text(data, `line${i}Category`) || 'OTHER') as GrantBudgetCategory,
        description: description || '-',
        requestedMinor: requested ?? 0,
        cofinancingMinor: cofinancing ?? 0,
        currency: 'EUR',
      });
    }
    const duration = text(data, 'durationMonths');
    const beneficiaries = text(data, 'expectedBeneficiaries');
    if (duration && !/^\d{1,2}$/.test(duration)) errors.durationMonths = translate(locale)(m.grErrWholeNumber);
    if (beneficiaries && !/^\d{1,7}$/.test(beneficiaries)) {
      errors.expectedBeneficiaries = translate(locale)(m.grErrWholeNumber);
    }
    if (Object.keys(errors).length > 0) return invalid('save', values, errors);
    const objective = text(data, 'objectiveEn') || text(data, 'objectiveAr');
    const answer = await event.locals.api(GrantApplicationUpdateMutation, {
      input: {
        applicationId: event.params.id ?? '',
        version: Number(text(data, 'version')),
        lotId: orNull(text(data, 'lotId')),
        titleAr: text(data, 'titleAr'),
        titleEn: text(data, 'titleEn'),
        summaryAr: text(data, 'summaryAr'),
        summaryEn: text(data, 'summaryEn'),
        descriptionAr: text(data, 'descriptionAr'),
        descriptionEn: text(data, 'descriptionEn'),
        durationMonths: duration ? Number(duration) : null,
        locality: (orNull(text(data, 'locality')) as GrantLocality | null) ?? null,
        targetGroups: text(data, 'targetGroup')
          ? [{ code: text(data, 'targetGroup'), expectedBeneficiaries: Number(beneficiaries || '0') }]
          : [],
        logframe: objective
          ? [
              {
                textAr: orNull(text(data, 'objectiveAr')),
                textEn: orNull(text(data, 'objectiveEn')),
                indicators: [
                  {
                    textAr: orNull(text(data, 'indicatorAr')),
                    textEn: orNull(text(data, 'indicatorEn')),
                    baseline: text(data, 'baseline'),
                    target: text(data, 'target'),
                  },
                ],
              },
            ]
          : [],
        budgetLines,
      },
    });
    const result = answer.grantApplicationUpdate;
    if (result.userErrors.length > 0 || !result.application) {
      return rejected('save', event, values, result.userErrors, API_FIELDS);
    }
    redirect(303, pagePath(locale, `grants/applications/${result.application.uuid}?saved`));
  });
}

/** Submits the application; the same form posted twice (a double click, a retry) gives the same receipt. */
export async function submitApplication(event: GrantsActionEvent) {
  return act('submit', event, async (data, values) => {
    const answer = await event.locals.api(GrantApplicationSubmitMutation, {
      input: {
        applicationId: event.params.id ?? '',
        idempotencyKey: text(data, 'idempotencyKey') || crypto.randomUUID(),
      },
    });
    const result = answer.grantApplicationSubmit;
    if (result.userErrors.length > 0 || !result.application) {
      return rejected('submit', event, values, result.userErrors, API_FIELDS);
    }
    redirect(303, pagePath(event.locals.locale, `grants/applications/${result.application.uuid}?submitted`));
  });
}

/** The consortium as the API has it: co-applicants' and associates' ids, in order. */
async function consortiumOf(event: GrantsActionEvent) {
  const answer = await event.locals.api(GrantApplicationQuery, { id: event.params.id ?? '' });
  const application = answer.grantApplication;
  const ids = (role: string) =>
    (application?.partners ?? [])
      .filter((p) => p.role === role)
      .map((p) => p.organization?.id ?? p.institution?.id ?? '')
      .filter(Boolean);
  return { coApplicantIds: ids('CO_APPLICANT'), associateIds: ids('ASSOCIATE') };
}

/**
 * Changes the consortium (invite or remove one partner) on the version the form was shown with: an edit made
 * meanwhile is refused as VERSION_CONFLICT, shown at the consortium step. Invited partners are emailed by the API.
 */
async function changeConsortium(event: GrantsActionEvent, form: string, change: 'invite' | 'remove') {
  return act(form, event, async (data, values) => {
    const partnerId = text(data, 'partnerId');
    const role = text(data, 'role') === 'ASSOCIATE' ? 'ASSOCIATE' : 'CO_APPLICANT';
    if (!partnerId) return invalid(form, values, { _form: translate(event.locals.locale)(m.grErrRequired) });
    const current = await consortiumOf(event);
    const list = role === 'ASSOCIATE' ? current.associateIds : current.coApplicantIds;
    const next =
      change === 'invite'
        ? [...list.filter((id) => id !== partnerId), partnerId]
        : list.filter((id) => id !== partnerId);
    const answer = await event.locals.api(GrantApplicationUpdateMutation, {
      input: {
        applicationId: event.params.id ?? '',
        version: Number(text(data, 'version')),
        ...(role === 'ASSOCIATE' ? { associateIds: next } : { coApplicantIds: next }),
      },
    });
    const result = answer.grantApplicationUpdate;
    if (result.userErrors.length > 0 || !result.application) {
      return rejected(form, event, values, result.userErrors, API_FIELDS);
    }
    redirect(303, pagePath(event.locals.locale, `grants/applications/${result.application.uuid}?saved#consortium`));
  });
}

/** Invites a co-applicant CSO or an associate institution found by name. */
export async function invitePartner(event: GrantsActionEvent) {
  return changeConsortium(event, 'invite', 'invite');
}

/** Removes a partner from a draft's consortium. */
export async function removePartner(event: GrantsActionEvent) {
  return changeConsortium(event, 'remove', 'remove');
}

/** An invited partner's editor confirms taking part, for the organisation or institution they act for. */
export async function confirmPartner(event: GrantsActionEvent) {
  return act('confirm', event, async (data, values) => {
    const answer = await event.locals.api(GrantApplicationPartnerConfirmMutation, {
      input: { applicationId: event.params.id ?? '', partnerId: text(data, 'partnerId') },
    });
    const result = answer.grantApplicationPartnerConfirm;
    if (result.userErrors.length > 0 || !result.application) {
      return rejected('confirm', event, values, result.userErrors, API_FIELDS);
    }
    redirect(303, pagePath(event.locals.locale, `grants/applications/${result.application.uuid}/confirm?confirmed`));
  });
}
