import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../../common/i18n/localized-text.type.js';
import { Connection } from '../../../common/pagination/connection.type.js';
import { toGlobalId } from '../../../common/relay/global-id.js';
import { Node } from '../../../common/relay/node.interface.js';
import { ConsultationOwnerKind } from '../participation.enums.js';
import type { InnovationChallengeEntity, InnovationIdeaEntity } from './challenge.entities.js';
import { InnovationChallengePhase, InnovationStage } from './challenge.enums.js';

const text = (ar: string | null, en: string | null): LocalizedText => ({ ar, en });

/** The phase a challenge is in at `now` (the API's clock for display; the rules read the database's). */
export function challengePhaseOf(row: InnovationChallengeEntity, now = new Date()): InnovationChallengePhase {
  if (row.status === 'DRAFT') return InnovationChallengePhase.DRAFT;
  if (now < row.ideasOpenAt) return InnovationChallengePhase.UPCOMING;
  if (now < row.ideasCloseAt) return InnovationChallengePhase.OPEN;
  return InnovationChallengePhase.REVIEW;
}

@ObjectType({
  implements: Node,
  description:
    'A social innovation challenge: a problem statement in Arabic and English from the programme, MoSD or a directorate, the governorates and target groups it concerns, and its deadlines (UTC; shown in Asia/Amman). Verified organisations send ideas; a jury reviews them; the shortlisted ones move to prototype and pilot grant.',
})
export class InnovationChallenge extends Node {
  row!: InnovationChallengeEntity;

  @Field(() => ID, { description: 'Stable uuid of the challenge.' })
  uuid!: string;

  @Field(() => LocalizedText, { description: 'Title in Arabic and English (at least one).' })
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: 'The problem statement, in Arabic and English.' })
  problem!: LocalizedText;

  @Field(() => ConsultationOwnerKind, { description: 'Whose problem it is: MoSD, a directorate or the programme.' })
  ownerKind!: ConsultationOwnerKind;

  @Field(() => InnovationChallengePhase, { description: 'Where it stands now.' })
  phase!: InnovationChallengePhase;

  @Field(() => GraphQLDateTime, { description: 'When ideas are first taken (UTC).' })
  ideasOpenAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When ideas are no longer taken (UTC, by the database clock).' })
  ideasCloseAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When the jury means to have shortlisted (UTC).' })
  shortlistDueAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was published.' })
  publishedAt!: Date | null;

  @Field(() => [String], { description: 'Governorate codes it concerns (empty: all of Jordan).' })
  governorateCodes!: string[];

  @Field(() => [String], { description: 'Target group codes it concerns (empty: all).' })
  targetGroupCodes!: string[];
}

export function toInnovationChallenge(row: InnovationChallengeEntity, now = new Date()): InnovationChallenge {
  return Object.assign(new InnovationChallenge(), {
    row,
    id: toGlobalId('InnovationChallenge', row.id),
    uuid: row.id,
    title: text(row.titleAr, row.titleEn),
    problem: text(row.problemAr, row.problemEn),
    ownerKind: row.ownerKind as ConsultationOwnerKind,
    phase: challengePhaseOf(row, now),
    ideasOpenAt: row.ideasOpenAt,
    ideasCloseAt: row.ideasCloseAt,
    shortlistDueAt: row.shortlistDueAt,
    publishedAt: row.publishedAt,
    governorateCodes: row.governorateCodes,
    targetGroupCodes: row.targetGroupCodes,
  });
}

@ObjectType({
  implements: Node,
  description:
    "An organisation's idea for a challenge (public, as its organisation's proposal), its team and where it stands in the pipeline.",
})
export class InnovationIdea extends Node {
  row!: InnovationIdeaEntity;

  @Field(() => ID, { description: 'Stable uuid of the idea.' })
  uuid!: string;

  @Field(() => LocalizedText, { description: 'Title in Arabic and English (at least one).' })
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: 'What the idea is, in Arabic and English.' })
  summary!: LocalizedText;

  @Field(() => InnovationStage, { description: 'Where it stands in the pipeline.' })
  stage!: InnovationStage;

  @Field(() => String, { nullable: true, description: 'Why it was (not) shortlisted or moved, when officers said.' })
  stageNote!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was submitted (UTC).' })
  submittedAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it last changed stage (UTC).' })
  stageChangedAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'GrantApplication.id of the pilot grant (social innovation lot), from the pilot stage on.',
  })
  pilotGrantApplicationId!: string | null;

  @Field(() => LocalizedText, { description: 'The lessons learnt, published when it is scaled or stopped.' })
  lessons!: LocalizedText;

  @Field(() => Int, { description: 'Changes with every edit (give it back to change the idea).' })
  version!: number;
}

export function toInnovationIdea(row: InnovationIdeaEntity): InnovationIdea {
  return Object.assign(new InnovationIdea(), {
    row,
    id: toGlobalId('InnovationIdea', row.id),
    uuid: row.id,
    title: text(row.titleAr, row.titleEn),
    summary: text(row.summaryAr, row.summaryEn),
    stage: row.stage as InnovationStage,
    stageNote: row.stageNote,
    submittedAt: row.submittedAt,
    stageChangedAt: row.stageChangedAt,
    pilotGrantApplicationId: row.pilotGrantApplicationId
      ? toGlobalId('GrantApplication', row.pilotGrantApplicationId)
      : null,
    lessons: text(row.lessonsAr, row.lessonsEn),
    version: row.version,
  });
}

const challenges = Connection(InnovationChallenge, 'InnovationChallenge');
@ObjectType('InnovationChallengeEdge', { description: 'A challenge in a page.' })
export class InnovationChallengeEdge extends challenges.Edge {}
@ObjectType('InnovationChallengeConnection', {
  description: 'Social innovation challenges, latest closing first, a page at a time.',
})
export class InnovationChallengeConnection extends challenges.ConnectionType {
  @Field(() => [InnovationChallengeEdge], { description: 'The challenges of this page, in order.' })
  edges!: InnovationChallengeEdge[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}

@ObjectType({ description: 'Innovation projects at each stage of the pipeline, for the results framework.' })
export class InnovationStageCount {
  @Field(() => InnovationStage, { description: 'The stage.' })
  stage!: InnovationStage;

  @Field(() => Int, { description: 'Ideas at this stage now.' })
  ideas!: number;
}
