/**
 * The tables of social innovation challenges (migration Challenges). Organisations, institutions, grant applications
 * and reviews belong to other modules and are referred to by id.
 */
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { ConsultationOwnerKindValue } from '../participation.entities.js';

export type InnovationChallengeStatusValue = 'DRAFT' | 'PUBLISHED';
export type InnovationStageValue =
  'SUBMITTED' | 'UNDER_REVIEW' | 'SHORTLISTED' | 'NOT_SHORTLISTED' | 'PROTOTYPE' | 'PILOT' | 'SCALED' | 'STOPPED';

/** A problem statement put to organisations for ideas. */
@Entity({ tableName: 'innovation_challenge' })
export class InnovationChallengeEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  titleAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  titleEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  problemAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  problemEn: string | null = null;

  @Property({ type: 'text' })
  ownerKind!: ConsultationOwnerKindValue;

  @Property({ type: 'uuid', nullable: true })
  ownerInstitutionId: string | null = null;

  @Property({ type: 'text[]' })
  governorateCodes: string[] & Opt = [];

  @Property({ type: 'text[]' })
  targetGroupCodes: string[] & Opt = [];

  @Property({ type: 'datetime', length: 3 })
  ideasOpenAt!: Date;

  @Property({ type: 'datetime', length: 3 })
  ideasCloseAt!: Date;

  @Property({ type: 'datetime', length: 3 })
  shortlistDueAt!: Date;

  @Property({ type: 'text' })
  status: InnovationChallengeStatusValue & Opt = 'DRAFT';

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}

/** An organisation's idea for a challenge, with its team, and where it stands in the pipeline. */
@Entity({ tableName: 'innovation_idea' })
export class InnovationIdeaEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  challengeId!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text', nullable: true })
  titleAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  titleEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  summaryAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  summaryEn: string | null = null;

  @Property({ type: 'text[]' })
  teamOrganizationIds: string[] & Opt = [];

  @Property({ type: 'text[]' })
  teamInstitutionIds: string[] & Opt = [];

  @Property({ type: 'text' })
  stage: InnovationStageValue & Opt = 'SUBMITTED';

  @Property({ type: 'text', nullable: true })
  stageNote: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  pilotGrantApplicationId: string | null = null;

  @Property({ type: 'text', nullable: true })
  lessonsAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  lessonsEn: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  submittedBy: string | null = null;

  @Property({ type: 'datetime' })
  submittedAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  stageChangedAt: Date & Opt = new Date();

  @Property({ type: 'integer' })
  version: number & Opt = 1;
}

export const ChallengeEntities = [InnovationChallengeEntity, InnovationIdeaEntity];
