// Thin route: the training micro-frontend owns this page's data and form (officers and trainers, on a phone).
import { loadAttendance, markAttendance } from '@shabaka/domain-training';
import type { Actions } from './$types';

export const load = loadAttendance;
export const actions = { attendance: markAttendance } satisfies Actions;
