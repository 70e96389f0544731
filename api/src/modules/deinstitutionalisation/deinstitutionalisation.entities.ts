/**
 * The module's tables: residential care institutions and their quarterly figures. Counts only, never a person.
 */
import { Entity, Index, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export type CareOwnershipValue = 'PUBLIC' | 'PRIVATE';

/** A residential care institution for persons with disabilities. */
@Entity({ tableName: 'care_institution' })
@Index({ name: 'care_institution_governorate_idx', properties: ['governorateCode'] })
export class CareInstitutionEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  nameAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  @Property({ type: 'text' })
  ownership!: CareOwnershipValue;

  @Property({ type: 'text' })
  governorateCode!: string;

  /** Beds (places for residents). */
  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  /** Raised by every saved change; an edit form sends back the version it was opened at. */
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** The figures of one institution for one quarter, as reported by an officer. */
@Entity({ tableName: 'care_institution_quarter' })
@Unique({ properties: ['institutionId', 'year', 'quarter'] })
@Index({ name: 'care_institution_quarter_period_idx', properties: ['year', 'quarter'] })
export class CareInstitutionQuarterEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  institutionId!: string;

  @Property({ type: 'smallint' })
  year!: number;

  /** 1 to 4. */
  @Property({ type: 'smallint' })
  quarter!: number;

  /** Residents at the quarter's end. */
  @Property({ type: 'integer' })
  residents!: number;

  @Property({ type: 'integer' })
  transitionsToFamily!: number;

  @Property({ type: 'integer' })
  transitionsToCommunity!: number;

  /** Places in community-based care available in the institution's area. */
  @Property({ type: 'integer' })
  communityPlaces!: number;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'uuid', nullable: true })
  recordedBy: string | null = null;

  @Property({ type: 'datetime' })
  recordedAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

export const DeinstitutionalisationEntities = [CareInstitutionEntity, CareInstitutionQuarterEntity];
