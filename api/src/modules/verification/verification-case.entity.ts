import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

export type VerificationCaseStatus = 'WAITING' | 'INFORMATION_REQUESTED';

/** The open case of a PENDING organisation: waiting for an officer, or for the organisation to send more. */
@Entity({ tableName: 'verification_case' })
@Index({ name: 'verification_case_waiting_idx', properties: ['submittedAt', 'organizationId'] })
export class VerificationCaseEntity {
  @PrimaryKey({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @Property({ type: 'text' })
  status: VerificationCaseStatus & Opt = 'WAITING';

  /** The last submission of evidence (milliseconds: a key of the queue's pages). */
  @Property({ type: 'datetime', length: 3 })
  submittedAt: Date & Opt = new Date();

  @Property({ type: 'uuid', nullable: true })
  submittedBy: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  informationRequestedAt: Date | null = null;
}
