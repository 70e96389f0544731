import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';
import { Connection } from '../../common/pagination/connection.type.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';
import type {
  ConsultationContributionEntity,
  ConsultationEntity,
  ConsultationSectionEntity,
} from './participation.entities.js';
import {
  ConsultationOwnerKind,
  ConsultationPhase,
  ContributionPosition,
  OrganizationSizeBand,
  ScorecardDelivery,
} from './participation.enums.js';

const text = (ar: string | null, en: string | null): LocalizedText => ({ ar, en });

/** The phase a consultation is in at `now` (the API's clock for display; the rules read the database's). */
export function phaseOf(row: ConsultationEntity, now = new Date()): ConsultationPhase {
  if (row.status === 'DRAFT') return ConsultationPhase.DRAFT;
  if (row.status === 'ANSWERED') return ConsultationPhase.ANSWERED;
  if (now < row.opensAt) return ConsultationPhase.UPCOMING;
  if (now < row.closesAt) return ConsultationPhase.OPEN;
  return ConsultationPhase.ANALYSIS;
}

@ObjectType({ description: "A consultation's document in one language (the draft put to organisations)." })
export class ConsultationDocument {
  @Field(() => String, { description: 'ar or en.' })
  language!: string;

  @Field(() => String, { description: 'Where to read it: a path of the API (GET, public).' })
  url!: string;

  @Field(() => String, { description: 'application/pdf, image/png or image/jpeg.' })
  mediaType!: string;

  @Field(() => Int, { description: 'Its size in bytes.' })
  sizeBytes!: number;
}

@ObjectType({
  implements: Node,
  description:
    'A policy consultation: a draft policy, strategy or service standard in Arabic and English, its sections or questions, its owner, its phases (UTC; shown in Asia/Amman), the governorates and target groups it concerns.',
})
export class Consultation extends Node {
  row!: ConsultationEntity;

  @Field(() => ID, { description: 'Stable uuid of the consultation.' })
  uuid!: string;

  @Field(() => LocalizedText, { description: 'Title in Arabic and English (at least one).' })
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: 'What the draft is about, in Arabic and English.' })
  summary!: LocalizedText;

  @Field(() => ConsultationOwnerKind, { description: 'Who owns it: MoSD, one of its directorates or the programme.' })
  ownerKind!: ConsultationOwnerKind;

  @Field(() => ConsultationPhase, { description: 'Where it stands now.' })
  phase!: ConsultationPhase;

  @Field(() => GraphQLDateTime, { description: 'When the open phase begins (UTC).' })
  opensAt!: Date;

  @Field(() => GraphQLDateTime, {
    description: 'When the open phase ends (UTC): contributions after it, by the database clock, are refused.',
  })
  closesAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When the owner means to have answered (UTC).' })
  answerDueAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was published.' })
  publishedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the report was published.' })
  answeredAt!: Date | null;

  @Field(() => [String], { description: 'Governorate codes it concerns (empty: all of Jordan).' })
  governorateCodes!: string[];

  @Field(() => [String], { description: 'Target group codes it concerns (empty: all).' })
  targetGroupCodes!: string[];

  @Field(() => [ConsultationDocument], { description: 'The draft, one document per language uploaded.' })
  documents!: ConsultationDocument[];
}

export function toConsultation(row: ConsultationEntity, now = new Date()): Consultation {
  const documents: ConsultationDocument[] = [];
  return Object.assign(new Consultation(), {
    row,
    id: toGlobalId('Consultation', row.id),
    uuid: row.id,
    title: text(row.titleAr, row.titleEn),
    summary: text(row.summaryAr, row.summaryEn),
    ownerKind: row.ownerKind as ConsultationOwnerKind,
    phase: phaseOf(row, now),
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    answerDueAt: row.answerDueAt,
    publishedAt: row.publishedAt,
    answeredAt: row.answeredAt,
    governorateCodes: row.governorateCodes,
    targetGroupCodes: row.targetGroupCodes,
    documents,
  });
}

@ObjectType({ description: 'How many organisations took each position on a section.' })
export class PositionCounts {
  @Field(() => Int, { description: 'Supporting it as written.' })
  support!: number;

  @Field(() => Int, { description: 'Supporting it with changes.' })
  supportWithChanges!: number;

  @Field(() => Int, { description: 'Opposing it.' })
  oppose!: number;
}

@ObjectType({ implements: Node, description: 'A section of a consultation’s draft, or a question it asks.' })
export class ConsultationSection extends Node {
  row!: ConsultationSectionEntity;

  @Field(() => ID, { description: 'Stable uuid of the section.' })
  uuid!: string;

  @Field(() => Int, { description: 'Its place in the draft, from 1.' })
  position!: number;

  @Field(() => LocalizedText, { description: 'Its title in Arabic and English.' })
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: 'Its text or question in Arabic and English.' })
  text!: LocalizedText;

  @Field(() => LocalizedText, {
    description: 'What changed in it after the consultation (written by the owner; public once the report is).',
  })
  whatChanged!: LocalizedText;
}

export function toSection(row: ConsultationSectionEntity, reportPublic: boolean): ConsultationSection {
  return Object.assign(new ConsultationSection(), {
    row,
    id: toGlobalId('ConsultationSection', row.id),
    uuid: row.id,
    position: row.position,
    title: text(row.titleAr, row.titleEn),
    text: text(row.textAr, row.textEn),
    whatChanged: reportPublic ? text(row.whatChangedAr, row.whatChangedEn) : text(null, null),
  });
}

@ObjectType({
  implements: Node,
  description:
    "An organisation's public position on one section, with its reasons; the person who wrote it is never shown.",
})
export class ConsultationContribution extends Node {
  row!: ConsultationContributionEntity;

  @Field(() => ID, { description: 'Stable uuid of the contribution.' })
  uuid!: string;

  @Field(() => ContributionPosition, { description: 'Support, support with changes, or oppose.' })
  position!: ContributionPosition;

  @Field(() => String, { description: 'The reasons for the position.' })
  comment!: string;

  @Field(() => String, { nullable: true, description: 'Where to read the evidence attached (GET, public), if any.' })
  evidenceUrl!: string | null;

  @Field(() => Int, { description: 'Changes with every change: give it back to change the contribution.' })
  version!: number;

  @Field(() => GraphQLDateTime, { description: 'When it was first written (UTC).' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it last changed (UTC).' })
  updatedAt!: Date;
}

export const fileUrl = (id: string): string => `/uploads/consultation-files/${id}`;

export function toContribution(row: ConsultationContributionEntity): ConsultationContribution {
  return Object.assign(new ConsultationContribution(), {
    row,
    id: toGlobalId('ConsultationContribution', row.id),
    uuid: row.id,
    position: row.position as ContributionPosition,
    comment: row.comment,
    evidenceUrl: row.evidenceFileId ? fileUrl(row.evidenceFileId) : null,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

@ObjectType({ description: 'A count in a public report: withheld when under 5 (shown as "fewer than 5").' })
export class ReportCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when withheld.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'True when the count is between 1 and 4 and is withheld.' })
  fewerThanFive!: boolean;
}

export const reportCount = (n: number): ReportCount =>
  n > 0 && n < 5 ? { value: null, fewerThanFive: true } : { value: n, fewerThanFive: false };

@ObjectType({
  description: 'Organisations taking part with one value of a dimension (a governorate, a size band, a target group).',
})
export class ReportCell {
  @Field(() => String, { description: 'The governorate code, size band or target group code.' })
  key!: string;

  @Field(() => ReportCount, { description: 'How many organisations that took part have it.' })
  organizations!: ReportCount;
}

@ObjectType({ description: "One section's outcome: the positions taken and what changed." })
export class ReportSection {
  section!: ConsultationSectionEntity;

  @Field(() => ID, { description: 'ConsultationSection.id.' })
  sectionId!: string;

  @Field(() => LocalizedText, { description: 'The section title.' })
  title!: LocalizedText;

  @Field(() => PositionCounts, { description: 'How many organisations took each position.' })
  positions!: PositionCounts;

  @Field(() => Int, { description: 'Contributions accepted in full or in part.' })
  accepted!: number;

  @Field(() => LocalizedText, { description: 'What changed in the section.' })
  whatChanged!: LocalizedText;
}

@ObjectType({
  description:
    'The report of an answered consultation: who took part (by governorate, size and target groups served; counts under 5 withheld), positions per section and what changed.',
})
export class ConsultationReport {
  @Field(() => ReportCount, { description: 'Organisations that contributed.' })
  organizations!: ReportCount;

  @Field(() => Int, { description: 'Contributions received.' })
  contributions!: number;

  @Field(() => [ReportCell], { description: 'Organisations that took part, by governorate of their seat.' })
  byGovernorate!: ReportCell[];

  @Field(() => [ReportCell], { description: 'Organisations that took part, by size band (OrganizationSizeBand).' })
  bySize!: ReportCell[];

  @Field(() => [ReportCell], { description: 'Organisations that took part, by target group they serve.' })
  byTargetGroup!: ReportCell[];

  @Field(() => [ReportSection], { description: 'Each section, in order.' })
  sections!: ReportSection[];
}

@ObjectType({ description: 'Scorecard answers for one governorate and quarter (counts under 5 withheld).' })
export class PolicyScorecardCell {
  @Field(() => String, { description: 'Governorate code.' })
  governorateCode!: string;

  @Field(() => String, { description: 'The quarter, e.g. 2027-Q1.' })
  quarter!: string;

  @Field(() => ReportCount, { description: 'Organisations answering that the service is delivered.' })
  yes!: ReportCount;

  @Field(() => ReportCount, { description: 'Organisations answering that it is partly delivered.' })
  partly!: ReportCount;

  @Field(() => ReportCount, { description: 'Organisations answering that it is not delivered.' })
  no!: ReportCount;

  @Field(() => Int, { description: 'Organisations answering in all.' })
  organizations!: number;
}

@ObjectType({ description: "One organisation's scorecard answer (the organisation's public statement)." })
export class PolicyScorecardEntry {
  @Field(() => ID, { description: 'Stable uuid of the answer.' })
  uuid!: string;

  @Field(() => String, { description: 'Governorate code.' })
  governorateCode!: string;

  @Field(() => String, { description: 'The quarter, e.g. 2027-Q1.' })
  quarter!: string;

  @Field(() => ScorecardDelivery, { description: 'Whether the service is delivered there.' })
  delivered!: ScorecardDelivery;

  @Field(() => String, { description: 'What the answer rests on.' })
  evidenceNote!: string;
}

@ObjectType({ description: 'Participation figures for the results framework.' })
export class ParticipationCounts {
  @Field(() => Int, { description: 'Contributions to published consultations.' })
  contributions!: number;

  @Field(() => Int, { description: 'Distinct organisations that contributed (each counted once).' })
  organizations!: number;

  @Field(() => Int, { description: 'Contributions the owners answered.' })
  answers!: number;

  @Field(() => Int, { description: 'Endorsements of contributions.' })
  endorsements!: number;

  @Field(() => Int, { description: 'Consultations published (open, in analysis or answered).' })
  consultations!: number;
}

const consultations = Connection(Consultation, 'Consultation');
@ObjectType('ConsultationEdge', { description: 'A consultation in a page.' })
export class ConsultationEdge extends consultations.Edge {}
@ObjectType('ConsultationConnection', { description: 'Consultations, latest closing first, a page at a time.' })
export class ConsultationConnection extends consultations.ConnectionType {
  @Field(() => [ConsultationEdge], { description: 'The consultations of this page, in order.' })
  edges!: ConsultationEdge[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}

export { OrganizationSizeBand };
