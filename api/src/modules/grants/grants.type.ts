import { GraphQLDateTime, GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';
import { Connection } from '../../common/pagination/connection.type.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';
import type {
  GrantApplicationEntity,
  GrantApplicationPartnerEntity,
  GrantCallEntity,
  GrantCallQuestionAskedEntity,
  GrantCallQuestionEntity,
  GrantLotEntity,
} from './grants.entities.js';
import {
  GrantApplicationStatus,
  GrantBudgetCategory,
  GrantCallStatus,
  GrantLocality,
  GrantLotTheme,
  GrantPartnerRole,
} from './grants.enums.js';
import { budgetTotals, jodOf } from './grant-rules.js';

@ObjectType({ description: 'An amount of money: integer minor units (cents, fils) and its ISO 4217 currency.' })
export class GrantAmount {
  @Field(() => GraphQLSafeInt, {
    description: 'In minor units (EUR cents, JOD fils); may exceed 32 bits (a large envelope in fils).',
  })
  amountMinor!: number;

  @Field(() => String, { description: 'ISO 4217 code, e.g. EUR or JOD.' })
  currency!: string;
}

const amount = (amountMinor: number, currency: string): GrantAmount => ({ amountMinor, currency });

@ObjectType({ description: 'Who may apply to a call, and with whom.' })
export class GrantEligibility {
  @Field(() => Boolean, {
    description: 'Only organisations verified by the programme may apply (lead and co-applicants).',
  })
  requiresVerified!: boolean;

  @Field(() => Int, { description: 'Years since registration (founding year) each applicant needs at least.' })
  minYearsRegistered!: number;

  @Field(() => [String], { description: 'Governorate codes where projects may work (empty: all of Jordan).' })
  governorateCodes!: string[];

  @Field(() => Int, { description: 'Fewest co-applicant CSOs with the lead.' })
  minCoApplicants!: number;

  @Field(() => Int, { description: 'Most co-applicant CSOs with the lead.' })
  maxCoApplicants!: number;

  @Field(() => Boolean, { description: 'Whether public institutions may take part as associates.' })
  publicAssociatesAllowed!: boolean;

  @Field(() => Int, { description: 'Longest project duration, in months.' })
  maxDurationMonths!: number;
}

@ObjectType({ description: 'A document every application to the call includes.' })
export class GrantRequiredDocument {
  @Field(() => String, { description: 'Stable code, e.g. STATUTES.' })
  code!: string;

  @Field(() => LocalizedText, { description: 'Its name in Arabic and English.' })
  name!: LocalizedText;
}

@ObjectType({
  implements: Node,
  description:
    'A call for proposals: bilingual title and guidelines, lots with their envelopes, the grant range and co-financing rate, eligibility rules, required documents, opening and deadline (UTC; shown in Asia/Amman).',
})
export class GrantCall extends Node {
  row!: GrantCallEntity;

  @Field(() => ID, { description: 'Stable uuid of the call.' })
  uuid!: string;

  @Field(() => GrantCallStatus, { description: 'Draft (officers only), published or closed.' })
  status!: GrantCallStatus;

  @Field(() => LocalizedText, { description: 'Title in Arabic and English (at least one).' })
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: 'Guidelines for applicants in Arabic and English.' })
  guidelines!: LocalizedText;

  @Field(() => String, { description: "The call's currency (ISO 4217), EUR." })
  currency!: string;

  @Field(() => Int, {
    description: 'Jordanian dinars per unit of the call currency, in millionths, fixed for the call (e.g. 770000).',
  })
  jodRateMicros!: number;

  @Field(() => GrantAmount, { description: 'The smallest grant one application may request.' })
  minGrant!: GrantAmount;

  @Field(() => GrantAmount, { description: 'The largest grant one application may request.' })
  maxGrant!: GrantAmount;

  @Field(() => GrantAmount, { description: 'The smallest grant in JOD at the call rate (fils).' })
  minGrantJod!: GrantAmount;

  @Field(() => GrantAmount, { description: 'The largest grant in JOD at the call rate (fils).' })
  maxGrantJod!: GrantAmount;

  @Field(() => Int, {
    description: "Applicants' co-financing, at least this share of the total cost, in basis points (1000 = 10 %).",
  })
  cofinancingRateBps!: number;

  @Field(() => GrantEligibility, { description: 'Who may apply, and with whom.' })
  eligibility!: GrantEligibility;

  @Field(() => [GrantRequiredDocument], { description: 'Documents every application includes.' })
  requiredDocuments!: GrantRequiredDocument[];

  @Field(() => GraphQLDateTime, { description: 'When applications open (UTC).' })
  opensAt!: Date;

  @Field(() => GraphQLDateTime, {
    description: 'The deadline (UTC): a submission after it, by the database clock, is refused.',
  })
  deadlineAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was published.' })
  publishedAt!: Date | null;

  @Field(() => Boolean, { description: 'Published, opened and before its deadline now.' })
  isOpen!: boolean;
}

export function toGrantCall(row: GrantCallEntity, now = new Date()): GrantCall {
  return Object.assign(new GrantCall(), {
    row,
    id: toGlobalId('GrantCall', row.id),
    uuid: row.id,
    status: row.status as GrantCallStatus,
    title: { ar: row.titleAr, en: row.titleEn },
    guidelines: { ar: row.guidelinesAr, en: row.guidelinesEn },
    currency: row.currency,
    jodRateMicros: row.jodRateMicros,
    minGrant: amount(row.minGrantMinor, row.currency),
    maxGrant: amount(row.maxGrantMinor, row.currency),
    minGrantJod: amount(jodOf(row.minGrantMinor, row.jodRateMicros), 'JOD'),
    maxGrantJod: amount(jodOf(row.maxGrantMinor, row.jodRateMicros), 'JOD'),
    cofinancingRateBps: row.cofinancingRateBps,
    eligibility: {
      requiresVerified: row.requiresVerified,
      minYearsRegistered: row.minYearsRegistered,
      governorateCodes: row.governorateCodes,
      minCoApplicants: row.minCoApplicants,
      maxCoApplicants: row.maxCoApplicants,
      publicAssociatesAllowed: row.publicAssociatesAllowed,
      maxDurationMonths: row.maxDurationMonths,
    },
    requiredDocuments: row.requiredDocuments.map((d) => ({ code: d.code, name: { ar: d.nameAr, en: d.nameEn } })),
    opensAt: row.opensAt,
    deadlineAt: row.deadlineAt,
    publishedAt: row.publishedAt,
    isOpen: row.status === 'PUBLISHED' && row.opensAt <= now && now <= row.deadlineAt,
  });
}

@ObjectType({ description: 'A lot of a call: a theme with its envelope.' })
export class GrantLot {
  row!: GrantLotEntity;

  @Field(() => ID, { description: 'Global, opaque id of the lot (GrantLot).' })
  id!: string;

  @Field(() => ID, { description: 'Stable uuid of the lot.' })
  uuid!: string;

  @Field(() => Int, { description: 'Its number in the call (1, 2, ...).' })
  position!: number;

  @Field(() => GrantLotTheme, { description: 'Its theme.' })
  theme!: GrantLotTheme;

  @Field(() => LocalizedText, { description: 'Its title in Arabic and English.' })
  title!: LocalizedText;

  @Field(() => GrantAmount, { description: 'The money the lot funds in all, in the call currency.' })
  envelope!: GrantAmount;

  @Field(() => GrantAmount, { description: 'The envelope in JOD at the call rate.' })
  envelopeJod!: GrantAmount;
}

export function toGrantLot(row: GrantLotEntity, call: { currency: string; jodRateMicros: number }): GrantLot {
  return Object.assign(new GrantLot(), {
    row,
    id: toGlobalId('GrantLot', row.id),
    uuid: row.id,
    position: row.position,
    theme: row.theme as GrantLotTheme,
    title: { ar: row.titleAr, en: row.titleEn },
    envelope: amount(row.envelopeMinor, call.currency),
    envelopeJod: amount(jodOf(row.envelopeMinor, call.jodRateMicros), 'JOD'),
  });
}

@ObjectType({ description: 'A question about a call and its answer, published for every applicant.' })
export class GrantCallQuestion {
  @Field(() => ID, { description: 'Global, opaque id of the question.' })
  id!: string;

  @Field(() => LocalizedText, { description: 'The question.' })
  question!: LocalizedText;

  @Field(() => LocalizedText, { description: "The programme's answer." })
  answer!: LocalizedText;

  @Field(() => GraphQLDateTime, { description: 'When it was published.' })
  publishedAt!: Date;
}

@ObjectType({
  description:
    'A question an applicant asked about a call, waiting for officers to publish an answer (officers only; the asker is not named).',
})
export class GrantCallAskedQuestion {
  @Field(() => ID, { description: 'Global, opaque id of the asked question.' })
  id!: string;

  @Field(() => LocalizedText, { description: 'The question as asked.' })
  question!: LocalizedText;

  @Field(() => GraphQLDateTime, { description: 'When it was asked.' })
  askedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When an officer published its answer (null: open).' })
  answeredAt!: Date | null;
}

export const toGrantCallAskedQuestion = (row: GrantCallQuestionAskedEntity): GrantCallAskedQuestion => ({
  id: toGlobalId('GrantCallAskedQuestion', row.id),
  question: { ar: row.questionAr, en: row.questionEn },
  askedAt: row.askedAt,
  answeredAt: row.answeredAt,
});

export const toGrantCallQuestion = (row: GrantCallQuestionEntity): GrantCallQuestion => ({
  id: toGlobalId('GrantCallQuestion', row.id),
  question: { ar: row.questionAr, en: row.questionEn },
  answer: { ar: row.answerAr, en: row.answerEn },
  publishedAt: row.publishedAt,
});

@ObjectType({ description: 'A target group of a project and the beneficiaries it expects to reach.' })
export class GrantTargetGroupReach {
  @Field(() => String, { description: 'Target group code (targetGroups), e.g. PERSONS_WITH_DISABILITIES.' })
  code!: string;

  @Field(() => Int, { description: 'Beneficiaries expected in this group.' })
  expectedBeneficiaries!: number;
}

@ObjectType({ description: 'An indicator of a logframe objective, with its baseline and target.' })
export class GrantIndicator {
  @Field(() => LocalizedText, { description: 'What is measured.' })
  text!: LocalizedText;

  @Field(() => String, { description: 'Its value at the start.' })
  baseline!: string;

  @Field(() => String, { description: 'Its value hoped for at the end.' })
  target!: string;
}

@ObjectType({ description: 'An objective of the logframe with its indicators.' })
export class GrantObjective {
  @Field(() => LocalizedText, { description: 'The objective.' })
  text!: LocalizedText;

  @Field(() => [GrantIndicator], { description: 'How its achievement is measured.' })
  indicators!: GrantIndicator[];
}

@ObjectType({ description: 'A line of the budget: requested from the programme and co-financed.' })
export class GrantBudgetLine {
  @Field(() => GrantBudgetCategory, { description: 'Its category.' })
  category!: GrantBudgetCategory;

  @Field(() => String, { description: 'What it pays for.' })
  description!: string;

  @Field(() => GrantAmount, { description: 'Requested from the programme.' })
  requested!: GrantAmount;

  @Field(() => GrantAmount, { description: 'Paid by the applicants or others.' })
  cofinancing!: GrantAmount;
}

@ObjectType({ description: "The budget's totals." })
export class GrantBudgetTotals {
  @Field(() => GrantAmount, { description: 'Sum requested.' })
  requested!: GrantAmount;

  @Field(() => GrantAmount, { description: 'Sum co-financed.' })
  cofinancing!: GrantAmount;

  @Field(() => GrantAmount, { description: 'Total cost (requested + co-financing).' })
  total!: GrantAmount;

  @Field(() => Int, { description: 'Co-financing share of the total cost, in basis points (0 when the total is 0).' })
  cofinancingBps!: number;
}

@ObjectType({
  implements: Node,
  description:
    'An application of a lead CSO, with co-applicant CSOs and associate institutions, to a call. Never public: only the members of its organisations and institutions, and officers, see it.',
})
export class GrantApplication extends Node {
  row!: GrantApplicationEntity;

  @Field(() => ID, { description: 'Stable uuid of the application.' })
  uuid!: string;

  @Field(() => GrantApplicationStatus, { description: 'Draft, submitted or withdrawn.' })
  status!: GrantApplicationStatus;

  @Field(() => Int, { description: 'Its version: give it back with each edit (another edit meanwhile is refused).' })
  version!: number;

  @Field(() => LocalizedText, { description: "The project's title." })
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: "The project's summary." })
  summary!: LocalizedText;

  @Field(() => LocalizedText, { description: "The project's description." })
  description!: LocalizedText;

  @Field(() => [GrantTargetGroupReach], { description: 'Target groups and the beneficiaries expected in each.' })
  targetGroups!: GrantTargetGroupReach[];

  @Field(() => [String], { description: 'Governorate codes where the project works.' })
  governorateCodes!: string[];

  @Field(() => GrantLocality, { nullable: true, description: 'Urban, rural or both.' })
  locality!: GrantLocality | null;

  @Field(() => Int, { nullable: true, description: 'Duration in months.' })
  durationMonths!: number | null;

  @Field(() => [GrantObjective], { description: 'The logframe: objectives with indicators.' })
  logframe!: GrantObjective[];

  @Field(() => [GrantBudgetLine], { description: 'The budget lines.' })
  budgetLines!: GrantBudgetLine[];

  @Field(() => GrantBudgetTotals, { description: "The budget's totals, in the call currency." })
  budgetTotals!: GrantBudgetTotals;

  @Field(() => String, { nullable: true, description: 'Receipt number once submitted, e.g. G-2026-000042.' })
  receiptNumber!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was submitted (database clock).' })
  submittedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Path on the API of the receipt PDF (what was submitted, Arabic and English), once submitted; for those who see the application.',
  })
  receiptPdfPath!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was withdrawn.' })
  withdrawnAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why an officer declared it ineligible (a confirmed screening hit), when it is INELIGIBLE.',
  })
  ineligibleReason!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was started.' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it last changed.' })
  updatedAt!: Date;
}

export function toGrantApplication(row: GrantApplicationEntity, currency = 'EUR'): GrantApplication {
  const totals = budgetTotals(row.budgetLines);
  return Object.assign(new GrantApplication(), {
    row,
    id: toGlobalId('GrantApplication', row.id),
    uuid: row.id,
    status: row.status as GrantApplicationStatus,
    version: row.version,
    title: { ar: row.titleAr, en: row.titleEn },
    summary: { ar: row.summaryAr, en: row.summaryEn },
    description: { ar: row.descriptionAr, en: row.descriptionEn },
    targetGroups: row.targetGroups,
    governorateCodes: row.governorateCodes,
    locality: row.locality as GrantLocality | null,
    durationMonths: row.durationMonths,
    logframe: row.logframe.map((o) => ({
      text: { ar: o.textAr, en: o.textEn },
      indicators: o.indicators.map((i) => ({
        text: { ar: i.textAr, en: i.textEn },
        baseline: i.baseline,
        target: i.target,
      })),
    })),
    budgetLines: row.budgetLines.map((l) => ({
      category: l.category as GrantBudgetCategory,
      description: l.description,
      requested: amount(l.requestedMinor, l.currency),
      cofinancing: amount(l.cofinancingMinor, l.currency),
    })),
    budgetTotals: {
      requested: amount(totals.requested, currency),
      cofinancing: amount(totals.cofinancing, currency),
      total: amount(totals.requested + totals.cofinancing, currency),
      cofinancingBps: totals.cofinancingBps,
    },
    receiptNumber: row.receiptNumber,
    submittedAt: row.submittedAt,
    receiptPdfPath: row.receiptNumber ? `/grant-applications/${row.id}/receipt.pdf` : null,
    withdrawnAt: row.withdrawnAt,
    ineligibleReason: row.ineligibleReason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

@ObjectType({ description: 'A co-applicant CSO or an associate institution of an application.' })
export class GrantApplicationPartner {
  row!: GrantApplicationPartnerEntity;

  @Field(() => GrantPartnerRole, { description: 'Co-applicant (a CSO) or associate (a public institution).' })
  role!: GrantPartnerRole;

  @Field(() => Boolean, { description: 'Whether it has confirmed taking part.' })
  confirmed!: boolean;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it confirmed.' })
  confirmedAt!: Date | null;
}

export const toGrantPartner = (row: GrantApplicationPartnerEntity): GrantApplicationPartner =>
  Object.assign(new GrantApplicationPartner(), {
    row,
    role: row.role as GrantPartnerRole,
    confirmed: row.confirmedAt !== null,
    confirmedAt: row.confirmedAt,
  });

const calls = Connection(GrantCall, 'GrantCall');
@ObjectType('GrantCallEdge', { description: 'A call in a page.' })
export class GrantCallEdge extends calls.Edge {}
@ObjectType('GrantCallConnection', { description: 'Calls for proposals, latest deadline first, a page at a time.' })
export class GrantCallConnection extends calls.ConnectionType {
  @Field(() => [GrantCallEdge], { description: 'The items of this page, in order.' })
  edges!: GrantCallEdge[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}

const applications = Connection(GrantApplication, 'GrantApplication');
@ObjectType('GrantApplicationEdge', { description: 'An application in a page.' })
export class GrantApplicationEdge extends applications.Edge {}
@ObjectType('GrantApplicationConnection', { description: 'Applications, oldest first, a page at a time.' })
export class GrantApplicationConnection extends applications.ConnectionType {
  @Field(() => [GrantApplicationEdge], { description: 'The items of this page, in order.' })
  edges!: GrantApplicationEdge[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}
