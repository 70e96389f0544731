import { act } from '@shabaka/ui/forms';
import { rejected } from './errors.js';
import { translate } from '@shabaka/ui';
import { TrainingCalendarLinkResetMutation } from './graphql/calendar.js';
import type { TrainingActionEvent } from './actions.js';
import * as m from './paraglide/messages.js';

/** Makes (or remakes) the person's calendar link: its address is in this answer only (the API keeps a hash). */
export function resetCalendarLink(event: TrainingActionEvent) {
  return act('calendar', event, async (_data, values) => {
    const { trainingCalendarLinkReset: answer } = await event.locals.api(TrainingCalendarLinkResetMutation, {});
    if (answer.userErrors.length > 0 || !answer.calendarLink?.url) {
      return rejected('calendar', event, values, answer.userErrors);
    }
    return {
      form: 'calendar',
      values: {},
      errors: {},
      done: translate(event.locals.locale)(m.calendarResetDone),
      secret: answer.calendarLink.url,
    };
  });
}
