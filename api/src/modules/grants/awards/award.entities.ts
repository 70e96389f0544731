import { BigIntType, Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** AWARDED: in force; TERMINATED: ended (e.g. the foreign-funding approval was refused); COMPLETED: closed. */
export type GrantAwardStatusValue = 'AWARDED' | 'TERMINATED' | 'COMPLETED';

/** The programme's envelope of 4,000,000 EUR, in cents. */
export const PROGRAMME_ENVELOPE_MINOR = 400_000_000;
export const PROGRAMME_ENVELOPE_KEY = 'PROGRAMME';
export const callEnvelopeKey = (callId: string): string => `CALL:${callId}`;
export const lotEnvelopeKey = (lotId: string): string => `LOT:${lotId}`;

/**
 * What is awarded against an envelope (the programme, a call or a lot). Written only by the guarded updates of
 * award.service.ts (`awarded_minor + amount <= envelope_minor` in the statement), never read-then-written.
 */
@Entity({ tableName: 'grant_envelope' })
export class GrantEnvelopeEntity {
  /** 'PROGRAMME', 'CALL:<call id>' or 'LOT:<lot id>'. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'text' })
  currency: string & Opt = 'EUR';

  @Property({ type: new BigIntType('number') })
  envelopeMinor!: number;

  @Property({ type: new BigIntType('number') })
  awardedMinor: number & Opt = 0;

  @Property({ type: 'datetime', length: 3 })
  updatedAt: Date & Opt = new Date();
}

/** A grant awarded to a shortlisted application: its amount in the call's currency and the decision's reasons. */
@Entity({ tableName: 'grant_award' })
export class GrantAwardEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** One award per application. */
  @Property({ type: 'uuid', unique: true })
  applicationId!: string;

  @Property({ type: 'uuid' })
  callId!: string;

  @Property({ type: 'uuid' })
  lotId!: string;

  /** The lead organisation of the application (the grantee). */
  @Property({ type: 'uuid' })
  organizationId!: string;

  /** Integer minor units of `currency` (EUR: cents). */
  @Property({ type: 'integer' })
  amountMinor!: number;

  @Property({ type: 'text' })
  currency: string & Opt = 'EUR';

  @Property({ type: 'text', nullable: true })
  reasonsAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  reasonsEn: string | null = null;

  @Property({ type: 'text' })
  status: GrantAwardStatusValue & Opt = 'AWARDED';

  /** Why it was terminated or completed. */
  @Property({ type: 'text', nullable: true })
  statusReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  decidedAt: Date & Opt = new Date();

  /** Bumped by every change: an edit names the version it was made on. */
  @Property({ type: 'integer' })
  version: number & Opt = 1;

  @Property({ type: 'text', nullable: true, unique: true })
  idempotencyKey: string | null = null;

  /** Hash of the request that created the award under `idempotencyKey`. */
  @Property({ type: 'text', nullable: true })
  requestHash: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

export const GrantAwardEntities = [GrantEnvelopeEntity, GrantAwardEntity];
