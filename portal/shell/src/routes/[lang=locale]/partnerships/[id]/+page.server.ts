// Thin route: the partnerships micro-frontend owns this page's data and forms (a partnership).
import {
  completePartnership,
  confirmPartnership,
  loadPartnership,
  terminatePartnership,
  updatePartnership,
  uploadAgreement,
} from '@shabaka/domain-partnerships';
import type { Actions } from './$types';

export const load = loadPartnership;
export const actions = {
  confirm: confirmPartnership,
  update: updatePartnership,
  agreementFile: uploadAgreement,
  complete: completePartnership,
  terminate: terminatePartnership,
} satisfies Actions;
