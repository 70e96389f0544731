import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export type GrantCallStatusValue = 'DRAFT' | 'PUBLISHED' | 'CLOSED';
export type GrantApplicationStatusValue =
  'DRAFT' | 'SUBMITTED' | 'WITHDRAWN' | 'INELIGIBLE' | 'ELIGIBLE' | 'UNDER_REVIEW' | 'SHORTLISTED' | 'REJECTED';
export type GrantLotThemeValue = 'SOCIAL_INNOVATION' | 'DEINSTITUTIONALISATION' | 'COMMUNITY_SERVICES' | 'OTHER';

/** A document every application to the call must include (described in both languages). */
export interface RequiredDocumentValue {
  code: string;
  nameAr: string | null;
  nameEn: string | null;
}

/** A target group of an application with the beneficiaries it expects to reach. */
export interface TargetGroupReachValue {
  code: string;
  expectedBeneficiaries: number;
}

export interface LogframeIndicatorValue {
  textAr: string | null;
  textEn: string | null;
  baseline: string;
  target: string;
}

export interface LogframeObjectiveValue {
  textAr: string | null;
  textEn: string | null;
  indicators: LogframeIndicatorValue[];
}

export type BudgetCategoryValue =
  'STAFF' | 'TRAVEL' | 'EQUIPMENT' | 'SERVICES' | 'ACTIVITIES' | 'OFFICE' | 'OTHER' | 'INDIRECT';

/** A line of an application's budget: requested from the programme and co-financed, in minor units. */
export interface BudgetLineValue {
  category: BudgetCategoryValue;
  description: string;
  requestedMinor: number;
  cofinancingMinor: number;
  currency: string;
}

/** A call for proposals: its rules, lots and dates. */
@Entity({ tableName: 'grant_call' })
export class GrantCallEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  titleAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  titleEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  guidelinesAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  guidelinesEn: string | null = null;

  @Property({ type: 'text' })
  currency: string & Opt = 'EUR';

  /** Jordanian dinars per unit of the call's currency, in millionths (fixed for the call). */
  @Property({ type: 'integer' })
  jodRateMicros!: number;

  @Property({ type: 'integer' })
  minGrantMinor!: number;

  @Property({ type: 'integer' })
  maxGrantMinor!: number;

  /** Share of the total cost the applicants co-finance at least, in basis points (1000 = 10 %). */
  @Property({ type: 'integer' })
  cofinancingRateBps: number & Opt = 0;

  @Property({ type: 'boolean' })
  requiresVerified: boolean & Opt = true;

  @Property({ type: 'smallint' })
  minYearsRegistered: number & Opt = 0;

  @Property({ type: 'text[]' })
  governorateCodes: string[] & Opt = [];

  @Property({ type: 'smallint' })
  minCoApplicants: number & Opt = 0;

  @Property({ type: 'smallint' })
  maxCoApplicants: number & Opt = 5;

  @Property({ type: 'boolean' })
  publicAssociatesAllowed: boolean & Opt = true;

  @Property({ type: 'smallint' })
  maxDurationMonths: number & Opt = 24;

  @Property({ type: 'json' })
  requiredDocuments: RequiredDocumentValue[] & Opt = [];

  @Property({ type: 'datetime', length: 3 })
  opensAt!: Date;

  @Property({ type: 'datetime', length: 3 })
  deadlineAt!: Date;

  @Property({ type: 'text' })
  status: GrantCallStatusValue & Opt = 'DRAFT';

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'integer' })
  version: number & Opt = 1;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** A lot of a call: a theme with its own envelope. */
@Entity({ tableName: 'grant_lot' })
export class GrantLotEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  callId!: string;

  @Property({ type: 'smallint' })
  position!: number;

  @Property({ type: 'text' })
  theme!: GrantLotThemeValue;

  @Property({ type: 'text', nullable: true })
  titleAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  titleEn: string | null = null;

  @Property({ type: 'integer' })
  envelopeMinor!: number;
}

/** A question about a call and its answer, published during the call for every applicant. */
@Entity({ tableName: 'grant_call_question' })
export class GrantCallQuestionEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  callId!: string;

  @Property({ type: 'text', nullable: true })
  questionAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  questionEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  answerAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  answerEn: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  publishedBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  publishedAt: Date & Opt = new Date();
}

/** A question an applicant asked about a published call, for officers to answer by publishing one. */
@Entity({ tableName: 'grant_call_question_asked' })
export class GrantCallQuestionAskedEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  callId!: string;

  @Property({ type: 'text', nullable: true })
  questionAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  questionEn: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  askedBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  askedAt: Date & Opt = new Date();

  @Property({ type: 'uuid', nullable: true })
  answeredByQuestionId: string | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  answeredAt: Date | null = null;
}

/** An application of a lead CSO (with its co-applicants and associates) to a call. */
@Entity({ tableName: 'grant_application' })
export class GrantApplicationEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  callId!: string;

  @Property({ type: 'uuid', nullable: true })
  lotId: string | null = null;

  @Property({ type: 'uuid' })
  leadOrganizationId!: string;

  @Property({ type: 'text' })
  status: GrantApplicationStatusValue & Opt = 'DRAFT';

  /** Bumped by every change: an edit names the version it was made on, so two editors never overwrite each other. */
  @Property({ type: 'integer' })
  version: number & Opt = 1;

  @Property({ type: 'text', nullable: true })
  titleAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  titleEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  summaryAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  summaryEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  descriptionAr: string | null = null;

  @Property({ type: 'text', nullable: true })
  descriptionEn: string | null = null;

  @Property({ type: 'json' })
  targetGroups: TargetGroupReachValue[] & Opt = [];

  @Property({ type: 'text[]' })
  governorateCodes: string[] & Opt = [];

  @Property({ type: 'text', nullable: true })
  locality: 'URBAN' | 'RURAL' | 'BOTH' | null = null;

  @Property({ type: 'smallint', nullable: true })
  durationMonths: number | null = null;

  @Property({ type: 'json' })
  logframe: LogframeObjectiveValue[] & Opt = [];

  @Property({ type: 'json' })
  budgetLines: BudgetLineValue[] & Opt = [];

  @Property({ type: 'text', nullable: true })
  receiptNumber: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  submitIdempotencyKey: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  ineligibleReason: string | null = null;

  /** The officers' note on the application in the ranking of its lot. */
  @Property({ type: 'text', nullable: true })
  rankingNote: string | null = null;

  /** Why it was shortlisted or rejected. */
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** A co-applicant CSO or an associate public institution of an application, and whether it confirmed taking part. */
@Entity({ tableName: 'grant_application_partner' })
export class GrantApplicationPartnerEntity {
  @PrimaryKey({ type: 'uuid' })
  applicationId!: string;

  @PrimaryKey({ type: 'smallint' })
  position!: number;

  @Property({ type: 'text' })
  role!: 'CO_APPLICANT' | 'ASSOCIATE';

  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  institutionId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  confirmedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  confirmedBy: string | null = null;
}

export const GrantEntities = [
  GrantCallEntity,
  GrantLotEntity,
  GrantCallQuestionEntity,
  GrantCallQuestionAskedEntity,
  GrantApplicationEntity,
  GrantApplicationPartnerEntity,
];
