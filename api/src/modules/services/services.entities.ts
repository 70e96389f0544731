import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export type ServiceFeeValue = 'FREE' | 'SUBSIDISED' | 'PAID';
export type LocalityTypeValue = 'URBAN' | 'RURAL';

/** A category of the services taxonomy (a code list: it changes through migrations only). */
@Entity({ tableName: 'service_category' })
export class ServiceCategoryEntity {
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Property({ type: 'string' })
  nameAr!: string;

  @Property({ type: 'string' })
  nameEn!: string;

  @Property({ type: 'smallint' })
  position!: number;
}

/**
 * A service an organisation offers (HSDS `service`), with its referral information and places. The search vector
 * and sort key are generated columns (not mapped); `governorateCodes` and `accessibility` are kept from its
 * locations by `ServicesService`, for the facets.
 */
@Entity({ tableName: 'service' })
export class ServiceEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text', nullable: true })
  nameAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  descriptionAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  descriptionEn: string | null = null;

  @Property({ type: 'text' })
  categoryCode!: string;

  @Property({ type: 'string[]' })
  targetGroups: string[] & Opt = [];

  @Property({ type: 'smallint', nullable: true })
  ageMin: number | null = null;

  @Property({ type: 'smallint', nullable: true })
  ageMax: number | null = null;

  @Property({ type: 'text', nullable: true })
  eligibilityAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  eligibilityEn: string | null = null;

  @Property({ type: 'text' })
  fee!: ServiceFeeValue;

  @Property({ type: 'text', nullable: true })
  feeDetailsAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  feeDetailsEn: string | null = null;

  @Property({ type: 'string[]' })
  languages: string[] & Opt = [];

  @Property({ type: 'string[]' })
  delivery: string[] & Opt = [];

  @Property({ type: 'text', nullable: true })
  contactPhone: string | null = null;

  @Property({ type: 'text', nullable: true })
  contactEmail: string | null = null;

  @Property({ type: 'text', nullable: true })
  intakeCriteriaAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  intakeCriteriaEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  documentsAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  documentsEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  referralStepsAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  referralStepsEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  officeHoursAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  officeHoursEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  complaintsAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  complaintsEn: string | null = null;

  @Property({ type: 'integer', nullable: true })
  placesAvailable: number | null = null;

  @Property({ type: 'integer', nullable: true })
  waitingListLength: number | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  placesUpdatedAt: Date | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  placesRemindedAt: Date | null = null;

  @Property({ type: 'string[]' })
  governorateCodes: string[] & Opt = [];

  @Property({ type: 'string[]' })
  accessibility: string[] & Opt = [];

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** Where a service is given (HSDS `location` and `service_at_location`). */
@Entity({ tableName: 'service_location' })
export class ServiceLocationEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  serviceId!: string;

  @Property({ type: 'text' })
  governorateCode!: string;

  @Property({ type: 'text', nullable: true })
  district: string | null = null;

  @Property({ type: 'text', nullable: true })
  localityType: LocalityTypeValue | null = null;

  @Property({ type: 'text', nullable: true })
  addressAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  addressEn: string | null = null;

  @Property({ type: 'float', columnType: 'double precision', nullable: true })
  latitude: number | null = null;

  @Property({ type: 'float', columnType: 'double precision', nullable: true })
  longitude: number | null = null;

  @Property({ type: 'string[]' })
  accessibility: string[] & Opt = [];

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();
}

/** One weekly opening of a service (HSDS `schedule`, weekly, Asia/Amman local times "HH:MM:SS"). */
@Entity({ tableName: 'service_hours' })
export class ServiceHoursEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  serviceId!: string;

  /** ISO weekday: 1 Monday … 7 Sunday. */
  @Property({ type: 'smallint' })
  weekday!: number;

  @Property({ type: 'time' })
  opensAt!: string;

  @Property({ type: 'time' })
  closesAt!: string;
}

export const ServicesEntities = [ServiceCategoryEntity, ServiceEntity, ServiceLocationEntity, ServiceHoursEntity];
