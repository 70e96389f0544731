/** The form actions of the consent withdrawal (the person) and of the test scores (officers and trainers). */
import { translate } from '@shabaka/ui';
import { act, invalid, text } from '@shabaka/ui/forms';
import type { TrainingActionEvent } from './actions.js';
import { errorMessage, rejected } from './errors.js';
import {
  TrainingDisaggregationWithdrawMutation,
  TrainingScoresRecordMutation,
  TrainingSessionTrainersSetMutation,
} from './graphql/insights.js';
import * as m from './paraglide/messages.js';

/** The person withdraws the consent of one registration: the API erases the answers. */
export function withdrawConsent(event: TrainingActionEvent) {
  return act('withdraw', event, async (data, values) => {
    const { trainingDisaggregationWithdraw: answer } = await event.locals.api(TrainingDisaggregationWithdrawMutation, {
      input: { registrationId: text(data, 'registrationId') },
    });
    if (answer.userErrors.length > 0) {
      return rejected('withdraw', event, values, answer.userErrors, { registrationId: '_form' });
    }
    return { form: 'withdraw', values: {}, errors: {}, done: translate(event.locals.locale)(m.dgWithdrawDone) };
  });
}

/** A score typed in a field: null when empty; NaN when not a whole number (Arabic-Indic digits accepted). */
function score(data: FormData, name: string): number | null {
  const value = text(data, name).replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
  if (!value) return null;
  return /^-?\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
}

/** An officer or the session's trainer records a participant's pre- and post-test scores (the API checks 0-100). */
export function recordScores(event: TrainingActionEvent) {
  return act('scores', event, async (data, values) => {
    const t = translate(event.locals.locale);
    const registrationId = text(data, 'registrationId');
    const preTest = score(data, 'preTest');
    const postTest = score(data, 'postTest');
    const errors: Record<string, string> = {};
    if (Number.isNaN(preTest)) errors.preTest = t(m.errSCORE_OUT_OF_RANGE);
    if (Number.isNaN(postTest)) errors.postTest = t(m.errSCORE_OUT_OF_RANGE);
    if (Object.keys(errors).length > 0) return invalid('scores', values, errors);
    const { trainingScoresRecord: answer } = await event.locals.api(TrainingScoresRecordMutation, {
      input: { registrationId, preTest, postTest },
    });
    if (answer.userErrors.length > 0) {
      return rejected('scores', event, values, answer.userErrors, { registrationId: '_form' });
    }
    return { form: 'scores', values: { registrationId }, errors: {}, done: t(m.scoresSaved) };
  });
}

/** An officer names the accounts that train the session (one email address per line). */
export function setTrainers(event: TrainingActionEvent) {
  return act('trainers', event, async (data, values) => {
    const trainerEmails = text(data, 'trainerEmails')
      .split(/[\n,]/)
      .map((line) => line.trim())
      .filter(Boolean);
    const { trainingSessionTrainersSet: answer } = await event.locals.api(TrainingSessionTrainersSetMutation, {
      input: { sessionId: text(data, 'sessionId'), trainerEmails },
    });
    if (answer.userErrors.length > 0) {
      // an unknown address is named by its line, next to the one field
      const errors: Record<string, string> = {};
      for (const userError of answer.userErrors) {
        const [, field, line] = userError.field ?? [];
        const message = errorMessage(userError, event.locals.locale);
        if (field === 'trainerEmails') {
          errors.trainerEmails ??= `${trainerEmails[Number(line)] ?? ''}: ${message}`;
        } else errors._form ??= message;
      }
      return invalid('trainers', values, errors);
    }
    return { form: 'trainers', values: {}, errors: {}, done: translate(event.locals.locale)(m.trainersSaved) };
  });
}
