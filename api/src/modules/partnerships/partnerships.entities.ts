/**
 * The tables of the partnerships module (migration Partnerships). Organisations, people and the code lists belong to
 * other modules and are referred to by id or code. A party (who publishes a listing, and next who sends a request or
 * is a member of a partnership) is an organisation or an institution: exactly one of the two ids is set.
 */
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { MemberRoleName } from '../../common/auth/viewer.js';

export type InstitutionTypeValue = 'MINISTRY' | 'MOSD_DIRECTORATE' | 'MUNICIPALITY' | 'PUBLIC_AGENCY';
export type ListingKindValue = 'NEED' | 'OFFER';
export type ListingStatusValue = 'ACTIVE' | 'WITHDRAWN';

/** A capability of the taxonomy of needs and offers (a code list: it changes through migrations only). */
@Entity({ tableName: 'partnership_capability' })
export class PartnershipCapabilityEntity {
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Property({ type: 'string' })
  nameAr!: string;

  @Property({ type: 'string' })
  nameEn!: string;

  @Property({ type: 'smallint' })
  position!: number;
}

/** A public body: a ministry, a MoSD governorate directorate, a municipality or a public agency. */
@Entity({ tableName: 'institution' })
export class InstitutionEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  type!: InstitutionTypeValue;

  /** Null for a national body. */
  @Property({ type: 'text', nullable: true })
  governorateCode: string | null = null;

  @Property({ type: 'text', nullable: true })
  nameAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  acronym: string | null = null;

  @Property({ type: 'text', nullable: true })
  website: string | null = null;

  /** A key of the institutions' keyset pages: kept to the millisecond, as a cursor carries it. */
  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** A person acting for an institution, with the same roles as in an organisation. */
@Entity({ tableName: 'institution_member' })
export class InstitutionMemberEntity {
  @PrimaryKey({ type: 'uuid' })
  institutionId!: string;

  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  role!: MemberRoleName;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}

/** A need or an offer of one party: a capability, where, for whom, until when. */
@Entity({ tableName: 'partnership_listing' })
export class PartnershipListingEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  kind!: ListingKindValue;

  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  institutionId: string | null = null;

  @Property({ type: 'text' })
  capabilityCode!: string;

  @Property({ type: 'text', nullable: true })
  descriptionAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  descriptionEn: string | null = null;

  @Property({ type: 'text[]' })
  governorateCodes: string[] & Opt = [];

  @Property({ type: 'text[]' })
  targetGroupCodes: string[] & Opt = [];

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'text' })
  status: ListingStatusValue & Opt = 'ACTIVE';

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  /** A key of the listings' keyset pages: kept to the millisecond, as a cursor carries it. */
  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;
}

/**
 * One active listing as partner suggestions choose their candidates: its party's governorate, target groups and whether
 * it may be suggested, next to the listing's kind and capability (migration PartnershipMatchKeys). Triggers keep it;
 * the application only reads it, in `PartnerSuggestionRepository.pool`.
 */
@Entity({ tableName: 'partnership_match_key', readonly: true })
export class PartnershipMatchKeyEntity {
  @PrimaryKey({ type: 'uuid' })
  listingId!: string;

  @Property({ type: 'text' })
  kind!: ListingKindValue;

  @Property({ type: 'text' })
  capabilityCode!: string;

  @Property({ type: 'text' })
  partyKind!: 'Organization' | 'Institution';

  @Property({ type: 'uuid' })
  partyId!: string;

  @Property({ type: 'text', nullable: true })
  governorateCode: string | null = null;

  /** Bit n set for the target group at position n. */
  @Property({ type: 'integer' })
  targetGroupMask!: number;

  @Property({ type: 'boolean' })
  suggestible!: boolean;

  @Property({ type: 'datetime' })
  expiresAt!: Date;
}

export const PartnershipEntities = [
  PartnershipCapabilityEntity,
  InstitutionEntity,
  InstitutionMemberEntity,
  PartnershipListingEntity,
  PartnershipMatchKeyEntity,
];
