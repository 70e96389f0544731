// Thin route: the partnerships micro-frontend owns this page's data and form (officers set up a matchmaking day).
import { createMatchmakingDay, loadMatchmakingSetup } from '@shabaka/domain-partnerships';
import type { Actions } from './$types';

export const load = loadMatchmakingSetup;
export const actions = { create: createMatchmakingDay } satisfies Actions;
