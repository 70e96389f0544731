// Thin route: the grants micro-frontend owns this page's data and forms.
import {
  invitePartner,
  loadApplication,
  removePartner,
  saveApplication,
  submitApplication,
} from '@shabaka/domain-grants';
import type { Actions } from './$types';

export const load = loadApplication;
export const actions = {
  save: saveApplication,
  submit: submitApplication,
  invite: invitePartner,
  remove: removePartner,
} satisfies Actions;
