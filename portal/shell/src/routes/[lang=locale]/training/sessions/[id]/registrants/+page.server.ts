// Thin route: the training micro-frontend owns this page's data and forms (officers).
import { cancelRegistration, confirmAccommodations, loadRegistrants, moveRegistration } from '@shabaka/domain-training';
import type { Actions } from './$types';

export const load = loadRegistrants;
export const actions = {
  cancel: cancelRegistration,
  move: moveRegistration,
  accommodations: confirmAccommodations,
} satisfies Actions;
