import type { InstitutionType } from '@shabaka/graphql';
import * as m from './paraglide/messages.js';

/** The words for each kind of public body. */
export const INSTITUTION_TYPE: Record<InstitutionType, typeof m.typeMINISTRY> = {
  MINISTRY: m.typeMINISTRY,
  MOSD_DIRECTORATE: m.typeMOSD_DIRECTORATE,
  MUNICIPALITY: m.typeMUNICIPALITY,
  PUBLIC_AGENCY: m.typePUBLIC_AGENCY,
};

/** The kinds of public body, in the order the filter offers them. */
export const INSTITUTION_TYPES: readonly InstitutionType[] = [
  'MINISTRY',
  'MOSD_DIRECTORATE',
  'MUNICIPALITY',
  'PUBLIC_AGENCY',
];

/** The words for a partnership's status. */
export const PARTNERSHIP_STATUS = {
  PROPOSED: m.prStatusPROPOSED,
  ACTIVE: m.prStatusACTIVE,
  COMPLETED: m.prStatusCOMPLETED,
  TERMINATED: m.prStatusTERMINATED,
} as const;

/** The words for a request's status. */
export const REQUEST_STATUS = {
  PENDING: m.prRequestPENDING,
  ACCEPTED: m.prRequestACCEPTED,
  DECLINED: m.prRequestDECLINED,
  WITHDRAWN: m.prRequestWITHDRAWN,
} as const;

/** The words for a member's role. */
export const MEMBER_ROLE = {
  LEAD: m.prRoleLEAD,
  PARTNER: m.prRolePARTNER,
  PUBLIC_PARTNER: m.prRolePUBLIC_PARTNER,
} as const;

/** The words for a partnership's kind. */
export const PARTNERSHIP_KIND = {
  CSO_CSO: m.prKindCSO_CSO,
  CSO_INSTITUTION: m.prKindCSO_INSTITUTION,
} as const;

/** Where a party's public page is. */
export function partyPath(party: { __typename?: string; slug: string }): string {
  return party.__typename === 'Institution' ? `partnerships/institutions/${party.slug}` : `organizations/${party.slug}`;
}
