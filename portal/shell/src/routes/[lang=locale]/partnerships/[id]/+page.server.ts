// Thin route: the partnerships micro-frontend owns this page's data and forms (a partnership).
import {
  completePartnership,
  confirmPartnership,
  loadPartnership,
  terminatePartnership,
  updatePartnership,
} from '@shabaka/domain-partnerships';
import type { Actions } from './$types';

export const load = loadPartnership;
export const actions = {
  confirm: confirmPartnership,
  update: updatePartnership,
  complete: completePartnership,
  terminate: terminatePartnership,
} satisfies Actions;
