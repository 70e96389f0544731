import type { FilterQuery } from '@mikro-orm/core';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { isOfficer } from '../../common/auth/viewer.js';
import { paginate } from '../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { fromGlobalId, globalUuid, isUuid } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { Viewer } from '../accounts/index.js';
import { Organization, directoryLoaders, toOrganization } from '../directory/index.js';
import { Institution, partnershipLoaders, toInstitution } from '../partnerships/index.js';
import { canEditApplication, canSeeApplication } from './application.service.js';
import { applicationIdsOfPerson } from './grant-application.repository.js';
import { GrantApplicationEntity, GrantCallEntity } from './grants.entities.js';
import { GrantCallStatus } from './grants.enums.js';
import { grantLoaders } from './grants.loaders.js';
import {
  GrantApplication,
  GrantApplicationConnection,
  GrantApplicationPartner,
  GrantCall,
  GrantCallConnection,
  GrantCallAskedQuestion,
  GrantCallQuestion,
  GrantLot,
  toGrantApplication,
  toGrantCall,
  toGrantCallAskedQuestion,
  toGrantCallQuestion,
  toGrantLot,
  toGrantPartner,
} from './grants.type.js';

export const GRANT_OFFICERS = ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'] as const;

@InputType({ description: 'Which calls to list.' })
export class GrantCallFilter {
  @Field(() => GrantCallStatus, {
    nullable: true,
    description: 'Calls in this status (drafts for officers only; others see published and closed calls).',
  })
  status?: GrantCallStatus | null;
}

/** A call by its uuid: drafts exist for officers only. */
export async function grantCallByKey(ctx: GraphQLContext, key: string): Promise<GrantCall | null> {
  const row = await ctx.loaders.of(grantLoaders).callById.load(key);
  if (!row || (row.status === 'DRAFT' && !isOfficer(ctx.viewer))) return null;
  return toGrantCall(row);
}

/** An application by its uuid, for the consortium's members and officers only (for anyone else it does not exist). */
export async function grantApplicationByKey(ctx: GraphQLContext, key: string): Promise<GrantApplication | null> {
  if (!ctx.viewer) return null;
  const row = await ctx.em.findOne(GrantApplicationEntity, { id: key });
  if (!row) return null;
  const partners = await ctx.loaders.of(grantLoaders).partnersByApplicationId.load(row.id);
  return (await canSeeApplication(ctx.em, ctx.viewer, row, partners)) ? toGrantApplication(row) : null;
}

const keyOf = (id: string, type: string): string | null => {
  if (isUuid(id)) return id;
  const global = fromGlobalId(id);
  return global?.type === type && isUuid(global.key) ? global.key : null;
};

@Resolver()
export class GrantQueryResolver {
  @Query(() => GrantCallConnection, {
    description:
      'Calls for proposals, latest deadline first: published and closed ones for everyone, drafts for officers.',
  })
  async grantCalls(
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Arg('filter', () => GrantCallFilter, { nullable: true, description: 'Which calls.' })
    filter: GrantCallFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantCallConnection> {
    const officer = isOfficer(ctx.viewer);
    const where: FilterQuery<GrantCallEntity> = officer ? {} : { status: { $in: ['PUBLISHED', 'CLOSED'] } };
    if (filter?.status) {
      where.status = !officer && filter.status === GrantCallStatus.DRAFT ? { $in: [] } : filter.status;
    }
    const page = await paginate(ctx.em, GrantCallEntity, where, {
      page: pageRequest(pagination),
      orderBy: { deadlineAt: 'desc', id: 'asc' },
      kind: 'grant-call',
      toNode: (row) => {
        // the lots' counts read their call's deadline: the page's rows answer it
        ctx.loaders.of(grantLoaders).callById.prime(row.id, row);
        return toGrantCall(row);
      },
    });
    return Object.assign(new GrantCallConnection(), page);
  }

  @Query(() => GrantCall, {
    nullable: true,
    description: 'One call by its id; null when there is none (or a draft, for non-officers).',
  })
  async grantCall(
    @Arg('id', () => ID, { description: 'GrantCall.id (or its uuid).' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantCall | null> {
    const key = keyOf(id, 'GrantCall');
    return key ? grantCallByKey(ctx, key) : null;
  }

  @Query(() => GrantApplication, {
    nullable: true,
    description: "One application by its id: for the consortium's members and officers; null for anyone else.",
  })
  async grantApplication(
    @Arg('id', () => ID, { description: 'GrantApplication.id (or its uuid).' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplication | null> {
    const key = keyOf(id, 'GrantApplication');
    return key ? grantApplicationByKey(ctx, key) : null;
  }

  @Authorized(...GRANT_OFFICERS)
  @Query(() => GrantApplicationConnection, {
    description: 'The applications to a call, oldest first (officers): drafts only when asked.',
  })
  async grantApplications(
    @Arg('callId', () => ID, { description: 'GrantCall.id.' }) callId: string,
    @Arg('includeDrafts', () => Boolean, { nullable: true, description: 'Include drafts (default false).' })
    includeDrafts: boolean | null,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationConnection> {
    const uuid = globalUuid('GrantCall', callId, 'callId', 'a call');
    const page = await paginate(
      ctx.em,
      GrantApplicationEntity,
      { callId: uuid, ...(includeDrafts ? {} : { status: { $ne: 'DRAFT' as const } }) },
      {
        page: pageRequest(pagination),
        orderBy: { createdAt: 'asc', id: 'asc' },
        kind: `grant-application-${includeDrafts ? 'all' : 'submitted'}`,
        toNode: (row) => toGrantApplication(row),
      },
    );
    return Object.assign(new GrantApplicationConnection(), page);
  }
}

@Resolver(() => GrantCall)
export class GrantCallResolver {
  @FieldResolver(() => [GrantLot], { description: 'Its lots, in order.' })
  async lots(@Root() call: GrantCall, @Ctx() ctx: GraphQLContext): Promise<GrantLot[]> {
    const rows = await ctx.loaders.of(grantLoaders).lotsByCallId.load(call.uuid);
    return rows.map((row) => toGrantLot(row, call.row));
  }

  @FieldResolver(() => [GrantCallQuestion], {
    description: 'Questions and answers published during the call, oldest first.',
  })
  async questions(@Root() call: GrantCall, @Ctx() ctx: GraphQLContext): Promise<GrantCallQuestion[]> {
    return (await ctx.loaders.of(grantLoaders).questionsByCallId.load(call.uuid)).map(toGrantCallQuestion);
  }

  @Authorized(...GRANT_OFFICERS)
  @FieldResolver(() => [GrantCallAskedQuestion], {
    description:
      'Questions applicants asked (officers): open ones first, oldest first; answer one with `grantCallQuestionPublish(askedQuestionId)`.',
  })
  async askedQuestions(@Root() call: GrantCall, @Ctx() ctx: GraphQLContext): Promise<GrantCallAskedQuestion[]> {
    const rows = await ctx.loaders.of(grantLoaders).askedQuestionsByCallId.load(call.uuid);
    return [...rows.filter((r) => !r.answeredAt), ...rows.filter((r) => r.answeredAt)].map(toGrantCallAskedQuestion);
  }
}

@Resolver(() => GrantLot)
export class GrantLotResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'How many applications the lot received (submitted, not withdrawn): null until the deadline has passed.',
  })
  async applicationsReceived(@Root() lot: GrantLot, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    const call = await ctx.loaders.of(grantLoaders).callById.load(lot.row.callId);
    if (!call || call.deadlineAt > new Date()) return null;
    return ctx.loaders.of(grantLoaders).submittedCountByLotId.load(lot.uuid);
  }
}

@Resolver(() => GrantApplication)
export class GrantApplicationResolver {
  @FieldResolver(() => GrantCall, { description: 'The call applied to.' })
  async call(@Root() application: GrantApplication, @Ctx() ctx: GraphQLContext): Promise<GrantCall> {
    return toGrantCall((await ctx.loaders.of(grantLoaders).callById.load(application.row.callId))!);
  }

  @FieldResolver(() => GrantLot, { nullable: true, description: 'The lot applied to (null until chosen).' })
  async lot(@Root() application: GrantApplication, @Ctx() ctx: GraphQLContext): Promise<GrantLot | null> {
    if (!application.row.lotId) return null;
    const loaders = ctx.loaders.of(grantLoaders);
    const [lot, call] = await Promise.all([
      loaders.lotById.load(application.row.lotId),
      loaders.callById.load(application.row.callId),
    ]);
    return lot && call ? toGrantLot(lot, call) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The lead applicant (null if since removed).' })
  async lead(@Root() application: GrantApplication, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    const record = await ctx.loaders.of(directoryLoaders).recordById.load(application.row.leadOrganizationId);
    return record ? toOrganization(record) : null;
  }

  @FieldResolver(() => [GrantApplicationPartner], { description: 'Co-applicants, then associates, in order.' })
  async partners(
    @Root() application: GrantApplication,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationPartner[]> {
    return (await ctx.loaders.of(grantLoaders).partnersByApplicationId.load(application.uuid)).map(toGrantPartner);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may edit it now: a draft, and you edit for the lead or a co-applicant.',
  })
  async viewerCanEdit(@Root() application: GrantApplication, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (application.row.status !== 'DRAFT') return false;
    const partners = await ctx.loaders.of(grantLoaders).partnersByApplicationId.load(application.uuid);
    return canEditApplication(ctx.viewer, application.row, partners);
  }
}

@Resolver(() => GrantApplicationPartner)
export class GrantApplicationPartnerResolver {
  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The co-applicant organisation (null for an associate).',
  })
  async organization(
    @Root() partner: GrantApplicationPartner,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Organization | null> {
    if (!partner.row.organizationId) return null;
    const record = await ctx.loaders.of(directoryLoaders).recordById.load(partner.row.organizationId);
    return record ? toOrganization(record) : null;
  }

  @FieldResolver(() => Institution, {
    nullable: true,
    description: 'The associate institution (null for a co-applicant).',
  })
  async institution(@Root() partner: GrantApplicationPartner, @Ctx() ctx: GraphQLContext): Promise<Institution | null> {
    if (!partner.row.institutionId) return null;
    const row = await ctx.loaders.of(partnershipLoaders).institutionById.load(partner.row.institutionId);
    return row ? toInstitution(row) : null;
  }
}

@Resolver(() => Viewer)
export class ViewerGrantApplicationsResolver {
  @FieldResolver(() => GrantApplicationConnection, {
    description:
      'The applications of the organisations and institutions the person is a member of (as lead, co-applicant or associate), newest first.',
  })
  async grantApplications(
    @Root() viewer: Viewer,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantApplicationConnection> {
    const organizations = [...(ctx.viewer?.memberships.keys() ?? [])];
    const userId = viewer.principal.userId;
    const ids = await applicationIdsOfPerson(ctx.em, organizations, userId);
    const where: FilterQuery<GrantApplicationEntity> = { id: { $in: ids } };
    const page = await paginate(ctx.em, GrantApplicationEntity, where, {
      page: pageRequest(pagination),
      orderBy: { createdAt: 'desc', id: 'asc' },
      kind: 'viewer-grant-application',
      toNode: (row) => toGrantApplication(row),
    });
    return Object.assign(new GrantApplicationConnection(), page);
  }
}
