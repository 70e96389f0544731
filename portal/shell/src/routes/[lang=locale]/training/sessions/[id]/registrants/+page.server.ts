// Thin route: the training micro-frontend owns this page's data and forms (officers and the session's trainers).
import {
  cancelRegistration,
  confirmAccommodations,
  loadRegistrants,
  moveRegistration,
  recordScores,
  setTrainers,
} from '@shabaka/domain-training';
import type { Actions } from './$types';

export const load = loadRegistrants;
export const actions = {
  cancel: cancelRegistration,
  move: moveRegistration,
  accommodations: confirmAccommodations,
  scores: recordScores,
  trainers: setTrainers,
} satisfies Actions;
