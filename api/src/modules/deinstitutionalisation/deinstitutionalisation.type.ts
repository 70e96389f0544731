import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';
import { Governorate } from '../directory/index.js';
import type { CareInstitutionEntity, CareInstitutionQuarterEntity } from './deinstitutionalisation.entities.js';

export enum CareOwnership {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}
registerEnumType(CareOwnership, {
  name: 'CareOwnership',
  description: 'Who runs a residential care institution.',
  valuesConfig: {
    PUBLIC: { description: 'Run by the state (MoSD).' },
    PRIVATE: { description: 'Run by a private or voluntary body.' },
  },
});

export enum DeinstitutionalisationMeasure {
  RESIDENTS = 'RESIDENTS',
  TRANSITIONS_TO_FAMILY = 'TRANSITIONS_TO_FAMILY',
  TRANSITIONS_TO_COMMUNITY = 'TRANSITIONS_TO_COMMUNITY',
  COMMUNITY_PLACES = 'COMMUNITY_PLACES',
}
registerEnumType(DeinstitutionalisationMeasure, {
  name: 'DeinstitutionalisationMeasure',
  description: 'What a table of deinstitutionalisation figures counts.',
  valuesConfig: {
    RESIDENTS: { description: "Persons living in residential care institutions at the quarter's end." },
    TRANSITIONS_TO_FAMILY: { description: 'Persons who moved from an institution to family care during the quarter.' },
    TRANSITIONS_TO_COMMUNITY: {
      description: 'Persons who moved from an institution to community-based care during the quarter.',
    },
    COMMUNITY_PLACES: { description: 'Places available in community-based care.' },
  },
});

@ObjectType({
  implements: Node,
  description:
    'A residential care institution for persons with disabilities (officers only; the public sees aggregates).',
})
export class CareInstitution extends Node {
  @Field(() => ID, { description: 'Stable uuid of the institution.' })
  uuid!: string;

  @Field(() => LocalizedText, { description: 'Name in Arabic and English; one of the two may be missing, never both.' })
  name!: LocalizedText;

  @Field(() => CareOwnership, { description: 'Public or private.' })
  ownership!: CareOwnership;

  /** Resolved by a field resolver (code list). */
  governorateCode!: string;

  @Field(() => Int, { description: 'Places for residents (beds).' })
  capacity!: number;

  @Field(() => Boolean, { description: 'Whether it still operates (a closed institution keeps its past figures).' })
  active!: boolean;

  @Field(() => Int, {
    description:
      'Raised by every saved change: an edit form sends it back as `expectedVersion`, so that a stale save cannot revert a newer one.',
  })
  version!: number;
}

export function toCareInstitution(row: CareInstitutionEntity): CareInstitution {
  return Object.assign(new CareInstitution(), {
    id: toGlobalId('CareInstitution', row.id),
    uuid: row.id,
    name: { ar: row.nameAr, en: row.nameEn },
    ownership: row.ownership as CareOwnership,
    governorateCode: row.governorateCode,
    capacity: row.capacity,
    active: row.active,
    version: row.version,
  });
}

@ObjectType({ description: "One institution's figures for one quarter, as reported by an officer (aggregates only)." })
export class CareInstitutionQuarter {
  @Field(() => ID, { description: 'Stable uuid of the record.' })
  uuid!: string;

  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'The quarter of the year, 1 to 4.' })
  quarter!: number;

  @Field(() => String, { description: 'The quarter as YYYY-Qn, e.g. 2026-Q3.' })
  period!: string;

  @Field(() => Int, { description: "Residents at the quarter's end." })
  residents!: number;

  @Field(() => Int, { description: 'Transitions to family care during the quarter.' })
  transitionsToFamily!: number;

  @Field(() => Int, { description: 'Transitions to community-based care during the quarter.' })
  transitionsToCommunity!: number;

  @Field(() => Int, { description: 'Places available in community-based care.' })
  communityPlaces!: number;

  @Field(() => Int, {
    description: 'Raised by every correction: send it back as `expectedVersion` to correct the figures.',
  })
  version!: number;
}

export const periodOf = (year: number, quarter: number): string => `${year}-Q${quarter}`;

export function toCareInstitutionQuarter(row: CareInstitutionQuarterEntity): CareInstitutionQuarter {
  return Object.assign(new CareInstitutionQuarter(), {
    uuid: row.id,
    year: row.year,
    quarter: row.quarter,
    period: periodOf(row.year, row.quarter),
    residents: row.residents,
    transitionsToFamily: row.transitionsToFamily,
    transitionsToCommunity: row.transitionsToCommunity,
    communityPlaces: row.communityPlaces,
    version: row.version,
  });
}

@ObjectType({
  description:
    'A published count: its value, or null with `suppressed` when it is from 1 to 4 ("fewer than 5") or withheld so that such a count cannot be worked out from the totals.',
})
export class DeinstitutionalisationCell {
  @Field(() => Int, { nullable: true, description: 'The count; null when suppressed.' })
  value!: number | null;

  @Field(() => Boolean, {
    description: 'True when the count is withheld: shown as "fewer than 5" (or withheld to protect such a count).',
  })
  suppressed!: boolean;
}

@ObjectType({ description: "One governorate's row of a table: a cell per quarter and its total over the quarters." })
export class DeinstitutionalisationRow {
  @Field(() => Governorate, { description: 'The governorate.' })
  governorate!: Governorate;

  @Field(() => [DeinstitutionalisationCell], { description: 'One cell per quarter, in the order of `quarters`.' })
  cells!: DeinstitutionalisationCell[];

  @Field(() => DeinstitutionalisationCell, { description: 'The sum over the quarters shown.' })
  total!: DeinstitutionalisationCell;
}

@ObjectType({ description: 'One measure over governorates (rows) and quarters (columns), with national totals.' })
export class DeinstitutionalisationTable {
  @Field(() => DeinstitutionalisationMeasure, { description: 'What the table counts.' })
  measure!: DeinstitutionalisationMeasure;

  @Field(() => [DeinstitutionalisationRow], {
    description: 'One row per governorate with figures in the quarters shown, north to south.',
  })
  rows!: DeinstitutionalisationRow[];

  @Field(() => [DeinstitutionalisationCell], { description: 'National totals, one per quarter.' })
  nationalTotals!: DeinstitutionalisationCell[];

  @Field(() => DeinstitutionalisationCell, { description: 'The national total over the quarters shown.' })
  grandTotal!: DeinstitutionalisationCell;
}

@ObjectType({
  description:
    'The public deinstitutionalisation figures: per measure, governorates by quarter with national totals. Counts from 1 to 4 are suppressed, and more cells are withheld (secondary suppression) so that no suppressed count can be worked out from the row and column totals.',
})
export class DeinstitutionalisationFigures {
  @Field(() => [String], { description: 'The quarters shown (YYYY-Qn), oldest first: the last eight with figures.' })
  quarters!: string[];

  @Field(() => [DeinstitutionalisationTable], { description: 'One table per measure.' })
  tables!: DeinstitutionalisationTable[];
}
