// Thin route: the partnerships micro-frontend owns this page's data and forms (a matchmaking day).
import {
  loadMatchmakingDay,
  publishMatchmakingDay,
  registerMatchmakingParticipant,
  requestMatchmakingMeeting,
} from '@shabaka/domain-partnerships';
import type { Actions } from './$types';

export const load = loadMatchmakingDay;
export const actions = {
  publish: publishMatchmakingDay,
  register: registerMatchmakingParticipant,
  request: requestMatchmakingMeeting,
} satisfies Actions;
