import { Entity, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export type OrganizationStatus = 'ACTIVE' | 'SUSPENDED' | 'DISSOLVED';
export type VerificationState = 'UNVERIFIED' | 'PENDING' | 'VERIFIED' | 'REJECTED';
export type LocalityType = 'URBAN' | 'RURAL';
export type BudgetBand = 'UNDER_10K' | 'FROM_10K_TO_50K' | 'FROM_50K_TO_250K' | 'FROM_250K_TO_1M' | 'OVER_1M';
export type IdentifierScheme = 'JO-MSD' | 'JO-CCD';
export type ContactVisibility = 'PUBLIC' | 'PRIVATE';

export interface SocialLink {
  kind: string;
  url: string;
}

/**
 * A civil society organisation of the directory. What lists and searches read (search vector, sort keys, facet
 * codes) is in `organization_search`, maintained by the database's triggers (migration DirectorySearchTable) and
 * not mapped here.
 */
@Entity({ tableName: 'organization' })
export class OrganizationEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', unique: true })
  slug!: string;

  @Property({ type: 'string', nullable: true })
  nameAr: string | null = null;

  @Property({ type: 'string', nullable: true })
  nameEn: string | null = null;

  @Property({ type: 'string', nullable: true })
  acronym: string | null = null;

  @Property({ type: 'string' })
  legalFormCode!: string;

  @Property({ type: 'smallint', nullable: true })
  foundingYear: number | null = null;

  @Property({ type: 'string' })
  status: OrganizationStatus & Opt = 'ACTIVE';

  @Property({ type: 'string' })
  governorateCode!: string;

  @Property({ type: 'string', nullable: true })
  district: string | null = null;

  @Property({ type: 'string', nullable: true })
  localityType: LocalityType | null = null;

  @Property({ type: 'string', nullable: true })
  addressAr: string | null = null;

  @Property({ type: 'string', nullable: true })
  addressEn: string | null = null;

  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @Property({ type: 'text', nullable: true })
  missionAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  missionEn: string | null = null;

  @Property({ type: 'integer', nullable: true })
  staffCount: number | null = null;

  @Property({ type: 'integer', nullable: true })
  volunteerCount: number | null = null;

  @Property({ type: 'string', nullable: true })
  budgetBand: BudgetBand | null = null;

  @Property({ type: 'string', nullable: true })
  website: string | null = null;

  @Property({ type: 'json' })
  socialLinks: SocialLink[] & Opt = [];

  /** SHA-256 (hex) of the stored logo (`logo.storage.ts`); changed only by the logo route, outside the form's version. */
  @Property({ type: 'string', nullable: true })
  logoKey: string | null = null;

  @Property({ type: 'string' })
  verificationState: VerificationState & Opt = 'UNVERIFIED';

  @Property({ type: 'datetime', nullable: true })
  verifiedAt: Date | null = null;

  @Property({ type: 'string', nullable: true })
  verifiedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  verificationNote: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  /**
   * Optimistic concurrency: raised by every change made through the ORM (an update of a stale copy fails). A profile
   * form carries the version it was opened at (`OrganizationUpdateInput.expectedVersion`).
   */
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}

@Entity({ tableName: 'organization_identifier' })
@Unique({ properties: ['scheme', 'identifier'] })
export class OrganizationIdentifierEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @Property({ type: 'string' })
  scheme!: IdentifierScheme;

  @Property({ type: 'string' })
  identifier!: string;
}

@Entity({ tableName: 'organization_sector' })
export class OrganizationSectorEntity {
  @PrimaryKey({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @PrimaryKey({ type: 'string' })
  sectorCode!: string;
}

@Entity({ tableName: 'organization_target_group' })
export class OrganizationTargetGroupEntity {
  @PrimaryKey({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @PrimaryKey({ type: 'string' })
  targetGroupCode!: string;
}

@Entity({ tableName: 'organization_contact' })
export class OrganizationContactEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @Property({ type: 'string' })
  visibility!: ContactVisibility;

  @Property({ type: 'string', nullable: true })
  name: string | null = null;

  @Property({ type: 'string', nullable: true })
  role: string | null = null;

  @Property({ type: 'string', nullable: true })
  email: string | null = null;

  @Property({ type: 'string', nullable: true })
  phone: string | null = null;

  @Property({ type: 'smallint' })
  position: number & Opt = 0;
}

/** Scores from 1 (emerging) to 5 (mature) per dimension, as assessed on one day. */
@Entity({ tableName: 'capacity_assessment' })
export class CapacityAssessmentEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @Property({ type: 'date' })
  assessedOn!: string;

  @Property({ type: 'smallint' })
  governance!: number;

  @Property({ type: 'smallint' })
  finance!: number;

  @Property({ type: 'smallint' })
  humanResources!: number;

  @Property({ type: 'smallint' })
  programmeDelivery!: number;

  @Property({ type: 'smallint' })
  monitoringEvaluation!: number;

  @Property({ type: 'smallint' })
  advocacy!: number;
}

export const OrganizationEntities = [
  OrganizationEntity,
  OrganizationIdentifierEntity,
  OrganizationSectorEntity,
  OrganizationTargetGroupEntity,
  OrganizationContactEntity,
  CapacityAssessmentEntity,
];
