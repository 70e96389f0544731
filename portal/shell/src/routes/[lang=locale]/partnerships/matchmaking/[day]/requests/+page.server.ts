// Thin route: the partnerships micro-frontend owns this page's data and forms (a participant's requests).
import {
  acceptMatchmakingMeeting,
  cancelMatchmakingMeeting,
  declineMatchmakingMeeting,
  loadMatchmakingParticipant,
} from '@shabaka/domain-partnerships';
import type { Actions } from './$types';

export const load = loadMatchmakingParticipant;
export const actions = {
  accept: acceptMatchmakingMeeting,
  decline: declineMatchmakingMeeting,
  cancel: cancelMatchmakingMeeting,
} satisfies Actions;
