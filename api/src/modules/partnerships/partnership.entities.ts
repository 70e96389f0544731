/**
 * The tables of requests and partnerships (migration PartnershipRequests). Parties are named as in the listings:
 * an organisation or an institution, exactly one of the two ids set.
 */
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export type RequestStatusValue = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';
export type PartnershipStatusValue = 'PROPOSED' | 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
export type PartnershipKindValue = 'CSO_CSO' | 'CSO_INSTITUTION';
export type PartnershipMemberRoleValue = 'LEAD' | 'PARTNER' | 'PUBLIC_PARTNER';

/** A request from one party to another to become partners, possibly answering a need or an offer. */
@Entity({ tableName: 'partnership_request' })
export class PartnershipRequestEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', nullable: true })
  fromOrganizationId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  fromInstitutionId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  toOrganizationId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  toInstitutionId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  listingId: string | null = null;

  @Property({ type: 'text' })
  message!: string;

  @Property({ type: 'text' })
  status: RequestStatusValue & Opt = 'PENDING';

  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  partnershipId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  answeredBy: string | null = null;

  /** A key of the inbox's and outbox's keyset pages: kept to the millisecond, as a cursor carries it. */
  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;
}

/** A partnership between parties: proposed when a request is accepted, active once every member confirmed. */
@Entity({ tableName: 'partnership' })
export class PartnershipEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  kind!: PartnershipKindValue;

  @Property({ type: 'text' })
  status: PartnershipStatusValue & Opt = 'PROPOSED';

  @Property({ type: 'text', nullable: true })
  purposeAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  purposeEn: string | null = null;

  @Property({ type: 'text[]' })
  governorateCodes: string[] & Opt = [];

  @Property({ type: 'text[]' })
  targetGroupCodes: string[] & Opt = [];

  @Property({ type: 'date', nullable: true })
  startsOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  mouSignedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  agreementReference: string | null = null;

  @Property({ type: 'text', nullable: true })
  terminationReason: string | null = null;

  /** The signed agreement (PDF) under UPLOAD_DIR, named by its SHA-256; null: none uploaded. */
  @Property({ type: 'text', nullable: true })
  agreementDocumentKey: string | null = null;

  @Property({ type: 'integer', nullable: true })
  agreementDocumentBytes: number | null = null;

  @Property({ type: 'datetime', nullable: true })
  agreementDocumentUploadedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  agreementDocumentUploadedBy: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  requestId: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  /** When it became active: the order of the public registry (to the millisecond, as a cursor carries it). */
  @Property({ type: 'datetime', length: 3, nullable: true })
  activatedAt: Date | null = null;
}

/** A party of a partnership, its role and its confirmation. */
@Entity({ tableName: 'partnership_member' })
export class PartnershipMemberEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  partnershipId!: string;

  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  institutionId: string | null = null;

  @Property({ type: 'text' })
  role!: PartnershipMemberRoleValue;

  @Property({ type: 'datetime', nullable: true })
  confirmedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  confirmedBy: string | null = null;

  @Property({ type: 'smallint' })
  position!: number;
}

/** One change of a partnership's status: its history. */
@Entity({ tableName: 'partnership_status_change' })
export class PartnershipStatusChangeEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  partnershipId!: string;

  @Property({ type: 'text', nullable: true })
  fromStatus: PartnershipStatusValue | null = null;

  @Property({ type: 'text' })
  toStatus!: PartnershipStatusValue;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  changedBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  changedAt: Date & Opt = new Date();
}

export const PartnershipRequestEntities = [
  PartnershipRequestEntity,
  PartnershipEntity,
  PartnershipMemberEntity,
  PartnershipStatusChangeEntity,
];
