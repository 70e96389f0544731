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
