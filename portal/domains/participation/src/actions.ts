/**
 * The participation pages' form actions: each reads its form, calls one mutation, and either redirects (303) back to
 * the page or answers the form as typed with the API's errors next to their fields. They work without JavaScript.
 */
import { redirect } from '@sveltejs/kit';
import type { ContributionAnswer, ContributionPosition } from '@shabaka/graphql';
import { pagePath } from '@shabaka/ui';
import { act, invalid, required, text } from '@shabaka/ui/forms';
import { rejected } from './errors.js';
import {
  ContributionAnswerMutation,
  ContributionCreateMutation,
  ContributionEndorseMutation,
  ContributionUpdateMutation,
  ReportPublishMutation,
  SectionChangesMutation,
} from './graphql/participation.js';
import type { ParticipationEvent } from './loads.js';

export interface ParticipationActionEvent extends ParticipationEvent {
  request: Request;
  locals: ParticipationEvent['locals'] & { files: { readonly maxBytes: number } };
}

function back(event: ParticipationActionEvent, anchor = ''): never {
  redirect(303, `${pagePath(event.locals.locale, `participation/${event.params.id ?? ''}`)}${anchor}`);
}

/** The form's name carries the section or contribution it is about, so errors show next to the right form. */
const formOf = (kind: string, data: FormData, key: string) => `${kind}:${text(data, key)}`;

/** A verified organisation's position on a section. */
export async function contribute(event: ParticipationActionEvent) {
  const data = await event.request.clone().formData();
  return act(formOf('contribute', data, 'sectionId'), event, async (form, values) => {
    const name = formOf('contribute', form, 'sectionId');
    const missing = required(event.locals.locale, form, ['organizationId', 'position', 'comment']);
    if (Object.keys(missing).length > 0) return invalid(name, values, missing);
    const answer = await event.locals.api(ContributionCreateMutation, {
      input: {
        sectionId: text(form, 'sectionId'),
        organizationId: text(form, 'organizationId'),
        position: text(form, 'position') as ContributionPosition,
        comment: text(form, 'comment'),
      },
    });
    const result = answer.consultationContributionCreate;
    if (result.userErrors.length > 0) return rejected(name, event, values, result.userErrors, { sectionId: '_form' });
    return back(event, `#section-${text(form, 'sectionUuid')}`);
  });
}

/** Changes a contribution while the consultation is open. */
export async function editContribution(event: ParticipationActionEvent) {
  const data = await event.request.clone().formData();
  return act(formOf('edit', data, 'contributionId'), event, async (form, values) => {
    const name = formOf('edit', form, 'contributionId');
    const missing = required(event.locals.locale, form, ['comment']);
    if (Object.keys(missing).length > 0) return invalid(name, values, missing);
    const answer = await event.locals.api(ContributionUpdateMutation, {
      input: {
        contributionId: text(form, 'contributionId'),
        version: Number(text(form, 'version')),
        position: (text(form, 'position') || null) as ContributionPosition | null,
        comment: text(form, 'comment'),
      },
    });
    const result = answer.consultationContributionUpdate;
    if (result.userErrors.length > 0) {
      return rejected(name, event, values, result.userErrors, { contributionId: '_form', version: '_form' });
    }
    return back(event);
  });
}

/** Endorses a contribution for one of the viewer's organisations. */
export async function endorse(event: ParticipationActionEvent) {
  const data = await event.request.clone().formData();
  return act(formOf('endorse', data, 'contributionId'), event, async (form, values) => {
    const name = formOf('endorse', form, 'contributionId');
    const answer = await event.locals.api(ContributionEndorseMutation, {
      input: { contributionId: text(form, 'contributionId'), organizationId: text(form, 'organizationId') },
    });
    const result = answer.consultationContributionEndorse;
    if (result.userErrors.length > 0) {
      return rejected(name, event, values, result.userErrors, { contributionId: '_form', organizationId: '_form' });
    }
    return back(event);
  });
}

/** The owner's answer to a contribution. */
export async function answer(event: ParticipationActionEvent) {
  const data = await event.request.clone().formData();
  return act(formOf('answer', data, 'contributionId'), event, async (form, values) => {
    const name = formOf('answer', form, 'contributionId');
    const missing = required(event.locals.locale, form, ['answer', 'reason']);
    if (Object.keys(missing).length > 0) return invalid(name, values, missing);
    const result = (
      await event.locals.api(ContributionAnswerMutation, {
        input: {
          contributionId: text(form, 'contributionId'),
          answer: text(form, 'answer') as ContributionAnswer,
          reason: text(form, 'reason'),
        },
      })
    ).consultationContributionAnswer;
    if (result.userErrors.length > 0)
      return rejected(name, event, values, result.userErrors, { contributionId: '_form' });
    return back(event);
  });
}

/** What changed in a section. */
export async function changes(event: ParticipationActionEvent) {
  const data = await event.request.clone().formData();
  return act(formOf('changes', data, 'sectionId'), event, async (form, values) => {
    const name = formOf('changes', form, 'sectionId');
    const result = (
      await event.locals.api(SectionChangesMutation, {
        input: {
          sectionId: text(form, 'sectionId'),
          whatChangedAr: text(form, 'whatChangedAr') || null,
          whatChangedEn: text(form, 'whatChangedEn') || null,
        },
      })
    ).consultationSectionChangesSet;
    if (result.userErrors.length > 0) return rejected(name, event, values, result.userErrors, { sectionId: '_form' });
    return back(event);
  });
}

/** Publishes the report, then shows it. */
export async function publishReport(event: ParticipationActionEvent) {
  return act('publish', event, async (_form, values) => {
    const result = (await event.locals.api(ReportPublishMutation, { input: { consultationId: event.params.id ?? '' } }))
      .consultationReportPublish;
    if (result.userErrors.length > 0)
      return rejected('publish', event, values, result.userErrors, { consultationId: '_form' });
    redirect(303, pagePath(event.locals.locale, `participation/${event.params.id ?? ''}/report`));
  });
}
