/**
 * The matchmaking pages' form actions: set up and publish a day (officers), take part, set availability, ask for a
 * meeting, accept, decline or cancel it, and make the agenda's calendar address. Each reads its form, calls one
 * mutation and redirects (303) or answers the form as typed with the API's errors next to their fields; they work
 * without JavaScript.
 */
import { redirect } from '@sveltejs/kit';
import { pagePath, translate } from '@shabaka/ui';
import { act, invalid, required, text, type FieldErrors } from '@shabaka/ui/forms';
import type { PartnershipsActionEvent } from './actions.js';
import {
  MatchmakingAgendaLinkResetMutation,
  MatchmakingAvailabilitySetMutation,
  MatchmakingDayCreateMutation,
  MatchmakingDayPublishMutation,
  MatchmakingMeetingAcceptMutation,
  MatchmakingMeetingCancelMutation,
  MatchmakingMeetingDeclineMutation,
  MatchmakingMeetingRequestMutation,
  MatchmakingParticipantRegisterMutation,
} from './graphql/matchmaking.js';
import { MM_FIELD_NAMES, mmRejected } from './matchmaking-errors.js';
import { fromAmmanLocal } from './matchmaking-times.js';
import * as m from './paraglide/messages.js';

const dayPath = (event: PartnershipsActionEvent, day: string, rest = '') =>
  pagePath(event.locals.locale, `partnerships/matchmaking/${day}${rest}`);

export function createMatchmakingDay(event: PartnershipsActionEvent) {
  return act('day', event, async (data, values) => {
    const t = translate(event.locals.locale);
    const errors: FieldErrors = required(event.locals.locale, data, ['startsAt', 'endsAt', 'slotMinutes']);
    const startsAt = fromAmmanLocal(text(data, 'startsAt'));
    const endsAt = fromAmmanLocal(text(data, 'endsAt'));
    if (text(data, 'startsAt') && !startsAt) errors.startsAt = t(m.mmErrNotATime);
    if (text(data, 'endsAt') && !endsAt) errors.endsAt = t(m.mmErrNotATime);
    const minutes = Number(text(data, 'slotMinutes'));
    if (text(data, 'slotMinutes') && !(Number.isInteger(minutes) && minutes >= 5 && minutes <= 240)) {
      errors.slotMinutes = t(m.mmErrSlotMinutes);
    }
    if (Object.keys(errors).length > 0 || !startsAt || !endsAt) return invalid('day', values, errors);
    const { matchmakingDayCreate: answer } = await event.locals.api(MatchmakingDayCreateMutation, {
      input: {
        titleAr: text(data, 'titleAr') || null,
        titleEn: text(data, 'titleEn') || null,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        slotMinutes: minutes,
        governorate: text(data, 'governorate') || null,
        venueAr: text(data, 'venueAr') || null,
        venueEn: text(data, 'venueEn') || null,
        onlineUrl: text(data, 'onlineUrl') || null,
      },
    });
    if (answer.userErrors.length > 0 || !answer.day)
      return mmRejected('day', event, values, answer.userErrors, MM_FIELD_NAMES);
    redirect(303, dayPath(event, answer.day.uuid, '?done=created'));
  });
}

export function publishMatchmakingDay(event: PartnershipsActionEvent) {
  return act('publish', event, async (_data, values) => {
    const { matchmakingDayPublish: answer } = await event.locals.api(MatchmakingDayPublishMutation, {
      input: { dayId: event.params.day! },
    });
    if (answer.userErrors.length > 0) return mmRejected('publish', event, values, answer.userErrors, MM_FIELD_NAMES);
    redirect(303, dayPath(event, event.params.day!, '?done=published'));
  });
}

export function registerMatchmakingParticipant(event: PartnershipsActionEvent) {
  return act('register', event, async (data, values) => {
    const errors = required(event.locals.locale, data, ['partyId']);
    if (Object.keys(errors).length > 0) return invalid('register', values, errors);
    const { matchmakingParticipantRegister: answer } = await event.locals.api(MatchmakingParticipantRegisterMutation, {
      input: {
        dayId: event.params.day!,
        partyId: text(data, 'partyId'),
        noteAr: text(data, 'noteAr') || null,
        noteEn: text(data, 'noteEn') || null,
      },
    });
    if (answer.userErrors.length > 0 || !answer.participant) {
      return mmRejected('register', event, values, answer.userErrors, { ...MM_FIELD_NAMES, partyId: 'partyId' });
    }
    redirect(
      303,
      dayPath(event, event.params.day!, `/availability?participant=${answer.participant.uuid}&done=registered`),
    );
  });
}

export function setMatchmakingAvailability(event: PartnershipsActionEvent) {
  return act('availability', event, async (data, values) => {
    const participant = text(data, 'participantId');
    const slotIds = data.getAll('slot').filter((v): v is string => typeof v === 'string' && v !== '');
    const { matchmakingAvailabilitySet: answer } = await event.locals.api(MatchmakingAvailabilitySetMutation, {
      input: { participantId: participant, slotIds },
    });
    if (answer.userErrors.length > 0)
      return mmRejected('availability', event, values, answer.userErrors, MM_FIELD_NAMES);
    redirect(303, `${event.url.pathname}?participant=${text(data, 'participant')}&done=saved`);
  });
}

export function requestMatchmakingMeeting(event: PartnershipsActionEvent) {
  return act('request', event, async (data, values) => {
    const errors = required(event.locals.locale, data, ['message']);
    if (Object.keys(errors).length > 0) return invalid('request', values, errors);
    const { matchmakingMeetingRequest: answer } = await event.locals.api(MatchmakingMeetingRequestMutation, {
      input: {
        fromParticipantId: text(data, 'fromParticipantId'),
        toParticipantId: text(data, 'toParticipantId'),
        message: text(data, 'message'),
      },
    });
    if (answer.userErrors.length > 0) {
      return mmRejected('request', event, values, answer.userErrors, { ...MM_FIELD_NAMES, toParticipantId: '_form' });
    }
    redirect(
      303,
      dayPath(event, event.params.day!, `/requests?participant=${text(data, 'participant')}&done=requested`),
    );
  });
}

const meetingAction = (form: 'accept' | 'decline' | 'cancel') => (event: PartnershipsActionEvent) =>
  act(form, event, async (data, values) => {
    const meetingId = text(data, 'meetingId');
    const answer =
      form === 'accept'
        ? (
            await event.locals.api(MatchmakingMeetingAcceptMutation, {
              input: { meetingId, slotId: text(data, 'slotId') || null },
            })
          ).matchmakingMeetingAccept
        : form === 'decline'
          ? (
              await event.locals.api(MatchmakingMeetingDeclineMutation, {
                input: { meetingId, reason: text(data, 'reason') || null },
              })
            ).matchmakingMeetingDecline
          : (await event.locals.api(MatchmakingMeetingCancelMutation, { input: { meetingId } }))
              .matchmakingMeetingCancel;
    if (answer.userErrors.length > 0) {
      return mmRejected(form, event, { ...values, meetingId }, answer.userErrors, {
        ...MM_FIELD_NAMES,
        slotId: '_form',
      });
    }
    redirect(303, `${event.url.pathname}?participant=${text(data, 'participant')}&done=${form}`);
  });

export const acceptMatchmakingMeeting = meetingAction('accept');
export const declineMatchmakingMeeting = meetingAction('decline');
export const cancelMatchmakingMeeting = meetingAction('cancel');

/** A new calendar address: shown once, in the answer (only its hash is kept). */
export function resetMatchmakingAgendaLink(event: PartnershipsActionEvent) {
  return act('agendaLink', event, async (data, values) => {
    const { matchmakingAgendaLinkReset: answer } = await event.locals.api(MatchmakingAgendaLinkResetMutation, {
      input: { participantId: text(data, 'participantId') },
    });
    if (answer.userErrors.length > 0 || !answer.agendaLink?.url) {
      return mmRejected('agendaLink', event, values, answer.userErrors, MM_FIELD_NAMES);
    }
    return { form: 'agendaLink', values, errors: {}, done: 'agendaLink', secret: answer.agendaLink.url };
  });
}
