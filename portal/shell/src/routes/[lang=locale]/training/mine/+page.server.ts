import { cancelRegistration, loadMyRegistrationsWithCertificates, resetCalendarLink } from '@shabaka/domain-training';
import type { Actions } from './$types';

export const load = loadMyRegistrationsWithCertificates;
export const actions = { cancel: cancelRegistration, calendar: resetCalendarLink } satisfies Actions;
