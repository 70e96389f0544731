/**
 * The tables of the participation module (migration Consultations). Organisations, people, institutions and code lists
 * belong to other modules and are referred to by id or code.
 */
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export type ConsultationOwnerKindValue = 'MOSD' | 'DIRECTORATE' | 'PROGRAMME';
export type ConsultationStatusValue = 'DRAFT' | 'PUBLISHED' | 'ANSWERED';
export type ContributionPositionValue = 'SUPPORT' | 'SUPPORT_WITH_CHANGES' | 'OPPOSE';
export type ContributionAnswerValue = 'ACCEPTED' | 'PARTLY_ACCEPTED' | 'NOT_ACCEPTED';
export type ScorecardDeliveryValue = 'YES' | 'PARTLY' | 'NO';
export type ConsultationFileMediaType = 'application/pdf' | 'image/png' | 'image/jpeg';

/** An uploaded file: a consultation's document (one per language) or a contribution's evidence. */
@Entity({ tableName: 'consultation_file' })
export class ConsultationFileEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Set for a consultation's document. */
  @Property({ type: 'uuid', nullable: true })
  consultationId: string | null = null;

  /** Set for a contribution's evidence: the organisation that uploaded it. */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  uploadedBy: string | null = null;

  @Property({ type: 'text' })
  mediaType!: ConsultationFileMediaType;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Property({ type: 'blob' })
  sha256!: Buffer;

  @Property({ type: 'text' })
  storageKey!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}

/** A draft policy, strategy or service standard put to organisations. */
@Entity({ tableName: 'consultation' })
export class ConsultationEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  titleAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  titleEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  summaryAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  summaryEn: string | null = null;

  @Property({ type: 'text' })
  ownerKind!: ConsultationOwnerKindValue;

  @Property({ type: 'uuid', nullable: true })
  ownerInstitutionId: string | null = null;

  @Property({ type: 'text[]' })
  governorateCodes: string[] & Opt = [];

  @Property({ type: 'text[]' })
  targetGroupCodes: string[] & Opt = [];

  @Property({ type: 'uuid', nullable: true })
  documentArId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  documentEnId: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  opensAt!: Date;

  /** The end of the open phase: contributions and their changes stop then, by the database's clock. */
  @Property({ type: 'datetime', length: 3 })
  closesAt!: Date;

  /** When the owner means to answer (the analysis phase ends). */
  @Property({ type: 'datetime', length: 3 })
  answerDueAt!: Date;

  @Property({ type: 'text' })
  status: ConsultationStatusValue & Opt = 'DRAFT';

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  /** When the owner published the report. */
  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  /** A key of the consultations' keyset pages: kept to the millisecond, as a cursor carries it. */
  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** A person of the consultation's owning team: answers contributions and publishes the report. */
@Entity({ tableName: 'consultation_owner' })
export class ConsultationOwnerEntity {
  @PrimaryKey({ type: 'uuid' })
  consultationId!: string;

  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}

/** A section of the draft (or a question), with what changed after the consultation. */
@Entity({ tableName: 'consultation_section' })
export class ConsultationSectionEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  consultationId!: string;

  @Property({ type: 'smallint' })
  position!: number;

  @Property({ type: 'text', nullable: true })
  titleAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  titleEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  textAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  textEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  whatChangedAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  whatChangedEn: string | null = null;
}

/** An organisation's position on one section: one per organisation and section. */
@Entity({ tableName: 'consultation_contribution' })
export class ConsultationContributionEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  consultationId!: string;

  @Property({ type: 'uuid' })
  sectionId!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  position!: ContributionPositionValue;

  @Property({ type: 'text' })
  comment!: string;

  @Property({ type: 'uuid', nullable: true })
  evidenceFileId: string | null = null;

  /** Who wrote it: never public (the contribution is the organisation's). */
  @Property({ type: 'uuid', nullable: true })
  writtenBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  answer: ContributionAnswerValue | null = null;

  @Property({ type: 'text', nullable: true })
  answerReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  answeredBy: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  /** A key of the contributions' keyset pages: kept to the millisecond, as a cursor carries it. */
  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date & Opt = new Date();
}

/** Another organisation's support for a contribution: once per organisation. */
@Entity({ tableName: 'consultation_endorsement' })
export class ConsultationEndorsementEntity {
  @PrimaryKey({ type: 'uuid' })
  contributionId!: string;

  @PrimaryKey({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid', nullable: true })
  endorsedBy: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}

/** An organisation's answer for one governorate and quarter: is the adopted policy's service delivered there. */
@Entity({ tableName: 'policy_scorecard_entry' })
export class PolicyScorecardEntryEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  consultationId!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  governorateCode!: string;

  @Property({ type: 'text' })
  quarter!: string;

  @Property({ type: 'text' })
  delivered!: ScorecardDeliveryValue;

  @Property({ type: 'text' })
  evidenceNote!: string;

  @Property({ type: 'uuid', nullable: true })
  writtenBy: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date & Opt = new Date();
}

export const ParticipationEntities = [
  ConsultationFileEntity,
  ConsultationEntity,
  ConsultationOwnerEntity,
  ConsultationSectionEntity,
  ConsultationContributionEntity,
  ConsultationEndorsementEntity,
  PolicyScorecardEntryEntity,
];
