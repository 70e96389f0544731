// Thin route: the account micro-frontend owns this page's data and forms.
import { inviteMember, loadWorkspace, submitEvidence, updateMember, updateProfile } from '@shabaka/domain-workspace';
import type { Actions } from './$types';

export const load = loadWorkspace;
export const actions = {
  profile: updateProfile,
  evidence: submitEvidence,
  member: updateMember,
  invite: inviteMember,
} satisfies Actions;
