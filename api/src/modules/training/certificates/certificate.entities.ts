import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A certificate of completion: one per completed registration, verifiable by anyone with its code. */
@Entity({ tableName: 'training_certificate' })
export class TrainingCertificateEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The completed registration (unique: issuing again answers this certificate). */
  @Property({ type: 'uuid' })
  registrationId!: string;

  @Property({ type: 'uuid' })
  sessionId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  /** The verification code, random and unguessable, in groups (`K7QM-3XH9-PD2A`), stored without dashes. */
  @Property({ type: 'text' })
  code!: string;

  /** The participant's name as they wrote it, when the certificate was issued. */
  @Property({ type: 'text' })
  participantName!: string;

  @Property({ type: 'text' })
  issuerNameAr!: string;

  @Property({ type: 'text' })
  issuerNameEn!: string;

  /** The officer who issued it (null when they were erased, or the demo data). */
  @Property({ type: 'uuid', nullable: true })
  issuedBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  issuedAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  revocationReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  revokedBy: string | null = null;
}

/** A bulk issue for a session, run by the job queue: its progress, for the officer who started it. */
@Entity({ tableName: 'training_certificate_batch' })
export class TrainingCertificateBatchEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  sessionId!: string;

  @Property({ type: 'uuid' })
  startedBy!: string;

  /** The job's id in the queue. */
  @Property({ type: 'text', nullable: true })
  jobId: string | null = null;

  /** Confirmed registrations of the session when the job started counting. */
  @Property({ type: 'integer' })
  total: number & Opt = 0;

  /** Registrations looked at so far. */
  @Property({ type: 'integer' })
  processed: number & Opt = 0;

  /** Certificates issued by this batch (not those that existed before). */
  @Property({ type: 'integer' })
  issued: number & Opt = 0;

  /** Participants who already held a certificate. */
  @Property({ type: 'integer' })
  alreadyIssued: number & Opt = 0;

  /** Participants who did not complete the course. */
  @Property({ type: 'integer' })
  incomplete: number & Opt = 0;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;
}

export const CertificateEntities = [TrainingCertificateEntity, TrainingCertificateBatchEntity];
