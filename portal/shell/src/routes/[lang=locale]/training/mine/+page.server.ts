// Thin route: the training micro-frontend owns this page's data and forms.
import {
  cancelRegistration,
  loadMyRegistrationsWithCertificates,
  resetCalendarLink,
  withdrawConsent,
} from '@shabaka/domain-training';
import type { Actions } from './$types';

export const load = loadMyRegistrationsWithCertificates;
export const actions = {
  cancel: cancelRegistration,
  calendar: resetCalendarLink,
  withdraw: withdrawConsent,
} satisfies Actions;
