/**
 * The tables of the membership module: who acts for an organisation (`organization_member`, created with the
 * accounts in migration Accounts), the claims of listed organisations and the invitations of colleagues (migration
 * Onboarding). People and organisations are referred to by id: they belong to the accounts and directory modules.
 */
import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { MemberRoleName } from '../../common/auth/viewer.js';

export type ClaimStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/** A person's role in an organisation. */
@Entity({ tableName: 'organization_member' })
@Index({ name: 'organization_member_user_idx', properties: ['userId'] })
export class OrganizationMemberEntity {
  @PrimaryKey({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @PrimaryKey({ type: 'uuid', fieldName: 'user_id' })
  userId!: string;

  @Property({ type: 'text' })
  role!: MemberRoleName;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}

/** A person's request to become the owner of an organisation already in the directory. */
@Entity({ tableName: 'organization_claim' })
export class OrganizationClaimEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text', nullable: true })
  message: string | null = null;

  @Property({ type: 'text' })
  status: ClaimStatus & Opt = 'PENDING';

  /** A key of the claims' keyset pages: kept to the millisecond, as a cursor carries it. */
  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}

/** An emailed invitation to join an organisation with a role; the link's token is kept as its SHA-256 only. */
@Entity({ tableName: 'organization_invitation' })
@Index({ name: 'organization_invitation_organization_idx', properties: ['organizationId'] })
export class OrganizationInvitationEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  /** Lower case. */
  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text' })
  role!: MemberRoleName;

  @Property({ type: 'blob', unique: true })
  tokenHash!: Buffer;

  /** The owner who invited (null when that account is gone). */
  @Property({ type: 'uuid', nullable: true })
  invitedBy: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  acceptedBy: string | null = null;
}

/** A registration by the key of the form that sent it: the same form sent again answers with this organisation. */
@Entity({ tableName: 'organization_registration' })
@Index({ name: 'organization_registration_organization_idx', properties: ['organizationId'] })
export class OrganizationRegistrationEntity {
  @PrimaryKey({ type: 'uuid', fieldName: 'user_id' })
  userId!: string;

  /** The client's idempotency key, or `auto:` and a digest of what was sent. */
  @PrimaryKey({ type: 'text' })
  idempotencyKey!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}

export const MembershipEntities = [
  OrganizationMemberEntity,
  OrganizationClaimEntity,
  OrganizationInvitationEntity,
  OrganizationRegistrationEntity,
];
