// Thin route: the partnerships micro-frontend owns this page's data and forms (the needs and offers editor).
import { loadInstitutionEditor, publishListing, updateListing, withdrawListing } from '@shabaka/domain-partnerships';
import type { Actions } from './$types';

export const load = loadInstitutionEditor;
export const actions = { publish: publishListing, update: updateListing, withdraw: withdrawListing } satisfies Actions;
