// Thin route: the participation micro-frontend owns this page's data and forms.
import {
  answer,
  changes,
  contribute,
  editContribution,
  endorse,
  loadConsultation,
  publishReport,
} from '@shabaka/domain-participation';
import type { Actions } from './$types';

export const load = loadConsultation;
export const actions = {
  contribute,
  edit: editContribution,
  endorse,
  answer,
  changes,
  publish: publishReport,
} satisfies Actions;
