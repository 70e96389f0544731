import type { FilterQuery } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { hasMemberRole, isOfficer } from '../../common/auth/viewer.js';
import { paginate } from '../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { fromGlobalId, isUuid, toGlobalId } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { Organization, directoryLoaders, toOrganization } from '../directory/index.js';
import { Institution, partnershipLoaders, toInstitution } from '../partnerships/index.js';
import {
  ConsultationContributionEntity,
  ConsultationEntity,
  ConsultationSectionEntity,
} from './participation.entities.js';
import { ConsultationPhase, ContributionAnswer } from './participation.enums.js';
import { participationLoaders } from './participation.loaders.js';
import { ParticipationRepository } from './participation.repository.js';
import {
  Consultation,
  ConsultationConnection,
  ConsultationContribution,
  ConsultationDocument,
  ConsultationReport,
  ConsultationSection,
  ParticipationCounts,
  PolicyScorecardCell,
  PositionCounts,
  fileUrl,
  reportCount,
  toConsultation,
  toContribution,
  toSection,
} from './participation.type.js';

@InputType({ description: 'Which consultations to list.' })
export class ConsultationFilter {
  @Field(() => [ConsultationPhase], {
    nullable: true,
    description: 'Consultations in these phases (drafts only for their owners and officers).',
  })
  phases?: ConsultationPhase[] | null;
}

const keyOf = (id: string, type: string): string | null => {
  if (isUuid(id)) return id;
  const global = fromGlobalId(id);
  return global?.type === type && isUuid(global.key) ? global.key : null;
};

async function isOwner(ctx: GraphQLContext, consultationId: string): Promise<boolean> {
  if (!ctx.viewer) return false;
  return ctx.loaders.of(participationLoaders).ownedBy(ctx.viewer.userId).load(consultationId);
}

/** A consultation by its uuid: drafts exist for their owning team and officers only. */
export async function consultationByKey(ctx: GraphQLContext, key: string): Promise<Consultation | null> {
  const row = await ctx.loaders.of(participationLoaders).consultationById.load(key);
  if (!row) return null;
  if (row.status === 'DRAFT' && !isOfficer(ctx.viewer) && !(await isOwner(ctx, row.id))) return null;
  return toConsultation(row);
}

async function visibleConsultation(ctx: GraphQLContext, consultationId: string): Promise<ConsultationEntity | null> {
  const row = await ctx.loaders.of(participationLoaders).consultationById.load(consultationId);
  if (!row) return null;
  if (row.status === 'DRAFT' && !isOfficer(ctx.viewer) && !(await isOwner(ctx, row.id))) return null;
  return row;
}

export async function consultationSectionByKey(ctx: GraphQLContext, key: string): Promise<ConsultationSection | null> {
  const row = await ctx.em.findOne(ConsultationSectionEntity, { id: key });
  const consultation = row ? await visibleConsultation(ctx, row.consultationId) : null;
  return row && consultation ? toSection(row, consultation.status === 'ANSWERED') : null;
}

export async function consultationContributionByKey(
  ctx: GraphQLContext,
  key: string,
): Promise<ConsultationContribution | null> {
  const row = await ctx.em.findOne(ConsultationContributionEntity, { id: key });
  const consultation = row ? await visibleConsultation(ctx, row.consultationId) : null;
  return row && consultation ? toContribution(row) : null;
}

const PHASE_WHERE: Record<ConsultationPhase, (now: Date) => FilterQuery<ConsultationEntity>> = {
  DRAFT: () => ({ status: 'DRAFT' }),
  UPCOMING: (now) => ({ status: 'PUBLISHED', opensAt: { $gt: now } }),
  OPEN: (now) => ({ status: 'PUBLISHED', opensAt: { $lte: now }, closesAt: { $gt: now } }),
  ANALYSIS: (now) => ({ status: 'PUBLISHED', closesAt: { $lte: now } }),
  ANSWERED: () => ({ status: 'ANSWERED' }),
};

@Resolver()
export class ParticipationQueryResolver {
  @Query(() => ConsultationConnection, {
    description:
      'Policy consultations, latest closing first: published ones for everyone, drafts for officers (filter by phase).',
  })
  async consultations(
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Arg('filter', () => ConsultationFilter, { nullable: true, description: 'Which consultations.' })
    filter: ConsultationFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConsultationConnection> {
    const now = new Date();
    const officer = isOfficer(ctx.viewer);
    const phases = (filter?.phases ?? Object.values(ConsultationPhase)).filter(
      (phase) => officer || phase !== ConsultationPhase.DRAFT,
    );
    const where: FilterQuery<ConsultationEntity> = phases.length
      ? { $or: phases.map((phase) => PHASE_WHERE[phase](now)) }
      : { id: { $in: [] } };
    const page = await paginate(ctx.em, ConsultationEntity, where, {
      page: pageRequest(pagination),
      orderBy: { closesAt: 'desc', id: 'asc' },
      kind: 'consultation',
      toNode: (row) => {
        ctx.loaders.of(participationLoaders).consultationById.prime(row.id, row);
        return toConsultation(row, now);
      },
    });
    return Object.assign(new ConsultationConnection(), page);
  }

  @Query(() => Consultation, {
    nullable: true,
    description: 'One consultation by its id; null when there is none (or a draft, for those not owning it).',
  })
  async consultation(
    @Arg('id', () => ID, { description: 'Consultation.id (or its uuid).' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Consultation | null> {
    const key = keyOf(id, 'Consultation');
    return key ? consultationByKey(ctx, key) : null;
  }

  @Query(() => ParticipationCounts, {
    description:
      'Participation figures for the results dashboard: contributions, organisations taking part (each once), answers given, over published consultations closing in the period given.',
  })
  async participationCounts(
    @Arg('since', () => GraphQLDateTime, { nullable: true, description: 'Consultations closing at or after.' })
    since: Date | null,
    @Arg('until', () => GraphQLDateTime, { nullable: true, description: 'Consultations closing before.' })
    until: Date | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ParticipationCounts> {
    return Object.assign(new ParticipationCounts(), await new ParticipationRepository(ctx.em).counts(since, until));
  }
}

@Resolver(() => Consultation)
export class ConsultationResolver {
  @FieldResolver(() => [ConsultationSection], { description: 'Its sections or questions, in order.' })
  async sections(@Root() consultation: Consultation, @Ctx() ctx: GraphQLContext): Promise<ConsultationSection[]> {
    const rows = await ctx.loaders.of(participationLoaders).sectionsByConsultationId.load(consultation.uuid);
    const reportVisible = consultation.row.status === 'ANSWERED' || (await isOwner(ctx, consultation.uuid));
    return rows.map((row) => toSection(row, reportVisible));
  }

  @FieldResolver(() => [ConsultationDocument], { description: 'The draft, one document per language uploaded.' })
  async documents(@Root() consultation: Consultation, @Ctx() ctx: GraphQLContext): Promise<ConsultationDocument[]> {
    const loader = ctx.loaders.of(participationLoaders).fileById;
    const documents: ConsultationDocument[] = [];
    for (const [language, id] of [
      ['ar', consultation.row.documentArId],
      ['en', consultation.row.documentEnId],
    ] as const) {
      const file = id ? await loader.load(id) : null;
      if (file)
        documents.push({ language, url: fileUrl(file.id), mediaType: file.mediaType, sizeBytes: file.sizeBytes });
    }
    return documents;
  }

  @FieldResolver(() => Institution, {
    nullable: true,
    description: 'The directorate that owns it, when a directorate does.',
  })
  async ownerInstitution(@Root() consultation: Consultation, @Ctx() ctx: GraphQLContext): Promise<Institution | null> {
    const id = consultation.row.ownerInstitutionId;
    const row = id ? await ctx.loaders.of(partnershipLoaders).institutionById.load(id) : null;
    return row ? toInstitution(row) : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the signed-in person is of its owning team (answers contributions, publishes the report).',
  })
  async viewerIsOwner(@Root() consultation: Consultation, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return isOwner(ctx, consultation.uuid);
  }

  @FieldResolver(() => ConsultationReport, {
    nullable: true,
    description:
      'The report: public once published (phase ANSWERED); its owning team sees it as it forms. Null otherwise.',
  })
  async report(@Root() consultation: Consultation, @Ctx() ctx: GraphQLContext): Promise<ConsultationReport | null> {
    if (consultation.row.status !== 'ANSWERED' && !(await isOwner(ctx, consultation.uuid))) return null;
    const tables = await new ParticipationRepository(ctx.em).tables(consultation.uuid);
    const sections = await ctx.loaders.of(participationLoaders).sectionsByConsultationId.load(consultation.uuid);
    const cells = (rows: { key: string; n: number }[]) =>
      rows.map((r) => ({ key: r.key, organizations: reportCount(r.n) }));
    return Object.assign(new ConsultationReport(), {
      organizations: reportCount(tables.organizations),
      contributions: tables.contributions,
      byGovernorate: cells(tables.byGovernorate),
      bySize: cells(tables.bySize),
      byTargetGroup: cells(tables.byTargetGroup),
      sections: sections.map((section) => {
        const counts = tables.sections.find((s) => s.section_id === section.id);
        return {
          section,
          sectionId: toGlobalId('ConsultationSection', section.id),
          title: { ar: section.titleAr, en: section.titleEn },
          positions: {
            support: counts?.support ?? 0,
            supportWithChanges: counts?.support_with_changes ?? 0,
            oppose: counts?.oppose ?? 0,
          },
          accepted: counts?.accepted ?? 0,
          whatChanged: { ar: section.whatChangedAr, en: section.whatChangedEn },
        };
      }),
    });
  }

  @FieldResolver(() => [PolicyScorecardCell], {
    description:
      'Monitoring of the adopted policy: scorecard answers per governorate and quarter, latest quarter first (counts under 5 withheld).',
  })
  async scorecard(@Root() consultation: Consultation, @Ctx() ctx: GraphQLContext): Promise<PolicyScorecardCell[]> {
    if (consultation.row.status !== 'ANSWERED') return [];
    const rows = await new ParticipationRepository(ctx.em).scorecard(consultation.uuid);
    return rows.map((r) => ({
      governorateCode: r.governorate_code,
      quarter: r.quarter,
      yes: reportCount(r.yes),
      partly: reportCount(r.partly),
      no: reportCount(r.no),
      organizations: r.n,
    }));
  }
}

@Resolver(() => ConsultationSection)
export class ConsultationSectionResolver {
  @FieldResolver(() => [ConsultationContribution], {
    description: "Organisations' contributions to the section, oldest first (organisations' public positions).",
  })
  async contributions(
    @Root() section: ConsultationSection,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConsultationContribution[]> {
    return (await ctx.loaders.of(participationLoaders).contributionsBySectionId.load(section.uuid)).map(toContribution);
  }

  @FieldResolver(() => PositionCounts, { description: 'How many organisations took each position.' })
  async positionCounts(@Root() section: ConsultationSection, @Ctx() ctx: GraphQLContext): Promise<PositionCounts> {
    const rows = await ctx.loaders.of(participationLoaders).contributionsBySectionId.load(section.uuid);
    const count = (position: string) => rows.filter((r) => r.position === position).length;
    return { support: count('SUPPORT'), supportWithChanges: count('SUPPORT_WITH_CHANGES'), oppose: count('OPPOSE') };
  }
}

/** Answers are public with the report; before it, the owning team and the contributing organisation see them. */
async function answerVisible(ctx: GraphQLContext, row: ConsultationContributionEntity): Promise<boolean> {
  const consultation = await ctx.loaders.of(participationLoaders).consultationById.load(row.consultationId);
  if (consultation?.status === 'ANSWERED') return true;
  return hasMemberRole(ctx.viewer, row.organizationId, 'VIEWER') || (await isOwner(ctx, row.consultationId));
}

@Resolver(() => ConsultationContribution)
export class ConsultationContributionResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation whose position it is.' })
  async organization(
    @Root() contribution: ConsultationContribution,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Organization | null> {
    // waits for the endorsements' batch first, so that the contributors and the endorsers are read in one batch
    // (else a page costs one statement more or less depending on which organisations are already loaded)
    await ctx.loaders.of(participationLoaders).endorsersByContributionId.load(contribution.uuid);
    const record = await ctx.loaders.of(directoryLoaders).recordById.load(contribution.row.organizationId);
    return record ? toOrganization(record) : null;
  }

  @FieldResolver(() => ID, { description: 'ConsultationSection.id of the section it is about.' })
  sectionId(@Root() contribution: ConsultationContribution): string {
    return toGlobalId('ConsultationSection', contribution.row.sectionId);
  }

  @FieldResolver(() => [Organization], { description: 'The organisations that endorsed it, in the order they did.' })
  async endorsements(
    @Root() contribution: ConsultationContribution,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Organization[]> {
    const ids = await ctx.loaders.of(participationLoaders).endorsersByContributionId.load(contribution.uuid);
    const records = await ctx.loaders.of(directoryLoaders).recordById.loadMany(ids);
    return records.filter((r) => r !== null && !(r instanceof Error)).map((r) => toOrganization(r as never));
  }

  @FieldResolver(() => Int, { description: 'How many organisations endorsed it.' })
  async endorsementCount(@Root() contribution: ConsultationContribution, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.of(participationLoaders).endorsersByContributionId.load(contribution.uuid)).length;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the signed-in person may change it now (an editor of its organisation, while open).',
  })
  async viewerCanEdit(@Root() contribution: ConsultationContribution, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (!hasMemberRole(ctx.viewer, contribution.row.organizationId, 'EDITOR')) return false;
    const consultation = await ctx.loaders
      .of(participationLoaders)
      .consultationById.load(contribution.row.consultationId);
    return consultation !== null && toConsultation(consultation).phase === ConsultationPhase.OPEN;
  }

  @FieldResolver(() => ContributionAnswer, {
    nullable: true,
    description:
      "The owner's answer: public with the report; before it, for the owning team and the organisation's members.",
  })
  async answer(
    @Root() contribution: ConsultationContribution,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ContributionAnswer | null> {
    return (await answerVisible(ctx, contribution.row)) ? (contribution.row.answer as ContributionAnswer | null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The reason of the owner's answer (as `answer`)." })
  async answerReason(
    @Root() contribution: ConsultationContribution,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string | null> {
    return (await answerVisible(ctx, contribution.row)) ? contribution.row.answerReason : null;
  }

  @FieldResolver(() => GraphQLDateTime, { nullable: true, description: 'When it was answered (as `answer`).' })
  async answeredAt(@Root() contribution: ConsultationContribution, @Ctx() ctx: GraphQLContext): Promise<Date | null> {
    return (await answerVisible(ctx, contribution.row)) ? contribution.row.answeredAt : null;
  }
}
