import type { FilterQuery } from '@mikro-orm/core';
import { MaxLength } from 'class-validator';
import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { isOfficer } from '../../../common/auth/viewer.js';
import { paginate } from '../../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../../common/pagination/pagination.args.js';
import { fromGlobalId, globalUuid, isUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { GrantAwardEntity } from '../awards/award.entities.js';
import { GrantReportEntity } from './report.entities.js';
import { GrantReportStatus } from './report.enums.js';
import { grantReportLoaders } from './report.loaders.js';
import { canSeeReports } from './report.service.js';
import { GrantReport, GrantReportConnection, toGrantReport } from './report.type.js';

@InputType({ description: 'Which grant reports to list.' })
export class GrantReportFilter {
  @Field(() => ID, { nullable: true, description: 'The reports of this award (GrantAward.id or its uuid).' })
  @MaxLength(200)
  awardId?: string | null;

  @Field(() => GrantReportStatus, {
    nullable: true,
    description: 'Reports in this status (SUBMITTED: the officers’ reports to approve or return).',
  })
  status?: GrantReportStatus | null;
}

async function toNode(ctx: GraphQLContext, row: GrantReportEntity): Promise<GrantReport> {
  const application = await ctx.loaders.of(grantReportLoaders).applicationOfAward(row.awardId);
  return toGrantReport(row, application!);
}

/** A report by its uuid, for the grantee organisation's members and officers (for anyone else it does not exist). */
export async function grantReportByKey(ctx: GraphQLContext, key: string): Promise<GrantReport | null> {
  if (!ctx.viewer) return null;
  const row = await ctx.em.findOne(GrantReportEntity, { id: key });
  if (!row) return null;
  const award = await ctx.loaders.of(grantReportLoaders).awardById.load(row.awardId);
  if (!award || !canSeeReports(ctx.viewer, award, isOfficer(ctx.viewer))) return null;
  return toNode(ctx, row);
}

@Resolver()
export class GrantReportQueryResolver {
  @Query(() => GrantReport, {
    nullable: true,
    description: "One grant report: for the grantee organisation's members and officers; null for anyone else.",
  })
  async grantReport(
    @Arg('id', () => ID, { description: 'GrantReport.id (or its uuid).' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantReport | null> {
    const global = fromGlobalId(id);
    const key = isUuid(id) ? id : global?.type === 'GrantReport' && isUuid(global.key) ? global.key : null;
    return key ? grantReportByKey(ctx, key) : null;
  }

  @Authorized('SIGNED_IN')
  @Query(() => GrantReportConnection, {
    description:
      "Grant reports, oldest submission first: officers see every award's, others the reports on their organisations' awards.",
  })
  async grantReports(
    @Arg('filter', () => GrantReportFilter, { nullable: true, description: 'Which reports.' })
    filter: GrantReportFilter | null,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantReportConnection> {
    const where: FilterQuery<GrantReportEntity> & { awardId?: unknown } = {};
    if (filter?.status) where.status = filter.status;
    const awardIds: string[][] = [];
    if (filter?.awardId) awardIds.push([globalUuid('GrantAward', filter.awardId, 'filter.awardId', 'an award')]);
    if (!isOfficer(ctx.viewer)) {
      const organizations = [...(ctx.viewer?.memberships.keys() ?? [])];
      const awards = await ctx.em.find(
        GrantAwardEntity,
        { organizationId: { $in: organizations } },
        { fields: ['id'], disableIdentityMap: true },
      );
      awardIds.push(awards.map((a) => a.id));
    }
    if (awardIds.length) {
      const [first, ...rest] = awardIds;
      where.awardId = { $in: first!.filter((id) => rest.every((r) => r.includes(id))) };
    }
    const page = await paginate(ctx.em, GrantReportEntity, where, {
      page: pageRequest(pagination),
      orderBy: { submittedAt: 'asc', id: 'asc' },
      kind: 'grant-report',
      toNode: (row) => toNode(ctx, row),
    });
    return Object.assign(new GrantReportConnection(), page);
  }
}
