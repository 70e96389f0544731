// Thin route: the partnerships micro-frontend owns this page's data and forms (a participant's availability).
import { setMatchmakingAvailability, loadMatchmakingParticipant } from '@shabaka/domain-partnerships';
import type { Actions } from './$types';

export const load = loadMatchmakingParticipant;
export const actions = { availability: setMatchmakingAvailability } satisfies Actions;
