// Thin route: the partnerships micro-frontend owns this page's data and forms (a participant's agenda).
import { resetMatchmakingAgendaLink, loadMatchmakingParticipant } from '@shabaka/domain-partnerships';
import type { Actions } from './$types';

export const load = loadMatchmakingParticipant;
export const actions = { agendaLink: resetMatchmakingAgendaLink } satisfies Actions;
