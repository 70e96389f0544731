/** The names of the platform's roles and of an organisation's verification states, shared by every domain. */
import type { CompiledMessage } from './i18n.js';
import type { MemberRole, PlatformRole, VerificationState } from '@shabaka/graphql';
import * as m from './paraglide/messages.js';

type Label = CompiledMessage<Record<string, never>>;

export function platformRoleMessage(role: PlatformRole): Label {
  switch (role) {
    case 'PROGRAMME_OFFICER':
      return m.rolePROGRAMME_OFFICER;
    case 'MOSD_OFFICIAL':
      return m.roleMOSD_OFFICIAL;
    case 'REVIEWER':
      return m.roleREVIEWER;
    case 'ADMINISTRATOR':
      return m.roleADMINISTRATOR;
  }
}

export function memberRoleMessage(role: MemberRole): Label {
  switch (role) {
    case 'OWNER':
      return m.memberOWNER;
    case 'EDITOR':
      return m.memberEDITOR;
    case 'VIEWER':
      return m.memberVIEWER;
  }
}

export function stateMessage(state: VerificationState): Label {
  switch (state) {
    case 'VERIFIED':
      return m.stateVERIFIED;
    case 'PENDING':
      return m.statePENDING;
    case 'UNVERIFIED':
      return m.stateUNVERIFIED;
    case 'REJECTED':
      return m.stateREJECTED;
  }
}
