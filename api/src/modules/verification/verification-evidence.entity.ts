import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export const EVIDENCE_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/** A registration document an organisation uploaded for verification; the file is on disk under its SHA-256. */
@Entity({ tableName: 'verification_evidence' })
@Index({ name: 'verification_evidence_organization_idx', properties: ['organizationId'] })
export class VerificationEvidenceEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The directory organisation it is for. */
  @Property({ type: 'uuid' })
  organizationId!: string;

  /** The person who uploaded it (after their erasure, an anonymous pseudonym's id). */
  @Property({ type: 'uuid', nullable: true })
  uploadedBy: string | null = null;

  @Property({ type: 'text' })
  mediaType!: EvidenceMediaType;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Property({ type: 'blob' })
  sha256!: Buffer;

  /** Path below UPLOAD_DIR. */
  @Property({ type: 'text' })
  storageKey!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
