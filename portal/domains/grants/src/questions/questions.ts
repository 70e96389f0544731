/**
 * Questions on a call: an applicant asks one from the call's page (any signed-in person; the API decides), and
 * officers answer the open ones on `/grants/officer/calls/[id]/questions` by publishing a question and answer for
 * every applicant to read. Form actions that work without JavaScript.
 */
import { error, redirect } from '@sveltejs/kit';
import { ApiError } from '@shabaka/graphql';
import { pagePath, translate } from '@shabaka/ui';
import { act, invalid, text } from '@shabaka/ui/forms';
import { requireViewer, signInFirst } from '@shabaka/ui/viewer';
import type { GrantsActionEvent } from '../actions.js';
import { rejected } from '../errors.js';
import {
  GrantCallAskedQuestionsQuery,
  GrantCallQuestionAskMutation,
  GrantCallQuestionPublishMutation,
} from '../graphql/grants.js';
import type { GrantsEvent } from '../loads.js';
import * as m from '../paraglide/messages.js';

/** Asks a question about the call (the call's page, `?/ask`); it then says the question was sent. */
export async function askQuestion(event: GrantsActionEvent) {
  return act('ask', event, async (data, values) => {
    const questionAr = text(data, 'questionAr');
    const questionEn = text(data, 'questionEn');
    if (!questionAr && !questionEn) {
      return invalid('ask', values, { questionEn: translate(event.locals.locale)(m.grErrRequired) });
    }
    const answer = await event.locals.api(GrantCallQuestionAskMutation, {
      input: { callId: event.params.id ?? '', questionAr: questionAr || null, questionEn: questionEn || null },
    });
    const result = answer.grantCallQuestionAsk;
    if (result.userErrors.length > 0) return rejected('ask', event, values, result.userErrors);
    redirect(303, pagePath(event.locals.locale, `grants/calls/${event.params.id ?? ''}?asked#ask`));
  });
}

/** The officers' page of a call's questions: the questions applicants asked, open ones first. */
export async function loadOfficerQuestions(event: GrantsEvent) {
  await requireViewer(event);
  let answer;
  try {
    answer = await event.locals.api(GrantCallAskedQuestionsQuery, { id: event.params.id ?? '' });
  } catch (failure) {
    if (failure instanceof ApiError && failure.code === 'UNAUTHENTICATED') signInFirst(event);
    if (failure instanceof ApiError && failure.code === 'FORBIDDEN') error(403, 'Forbidden');
    throw failure;
  }
  if (!answer.grantCall) error(404, 'Not found');
  return {
    state: 'ready' as const,
    call: answer.grantCall,
    published: event.url.searchParams.has('published'),
  };
}

/** Publishes the answer to an asked question (the question may be reworded for everyone to read). */
export async function answerQuestion(event: GrantsActionEvent) {
  return act('answer', event, async (data, values) => {
    const answer = await event.locals.api(GrantCallQuestionPublishMutation, {
      input: {
        callId: event.params.id ?? '',
        askedQuestionId: text(data, 'askedQuestionId') || null,
        questionAr: text(data, 'questionAr') || null,
        questionEn: text(data, 'questionEn') || null,
        answerAr: text(data, 'answerAr') || null,
        answerEn: text(data, 'answerEn') || null,
      },
    });
    const result = answer.grantCallQuestionPublish;
    if (result.userErrors.length > 0) return rejected('answer', event, values, result.userErrors);
    redirect(303, pagePath(event.locals.locale, `grants/officer/calls/${event.params.id ?? ''}/questions?published`));
  });
}
