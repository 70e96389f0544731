import { Args, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { paginate } from '../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import type { GraphQLContext } from '../../context.js';
import { PartnershipRequestStatus } from './partnerships.enums.js';
import { PartnershipRequestEntity } from './partnership.entities.js';
import { partnershipOverviewCounts } from './partnership-overview.repository.js';
import { PartnershipRequestConnection, toRequest } from './partnership.type.js';

@ObjectType({ description: 'How many partnerships (or requests) have one value of a dimension.' })
export class PartnershipCount {
  @Field(() => String, { description: 'The value: a status, a kind or a governorate code (e.g. JO-MA).' })
  key!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({
  description:
    'Counts of all partnerships (every status, public or not) and requests, for the programme officers: no names.',
})
export class PartnershipOverview {
  @Field(() => Int, { description: 'All partnerships, whatever their status.' })
  total!: number;

  @Field(() => [PartnershipCount], {
    description: 'Partnerships by status (PartnershipStatus), the empty ones left out.',
  })
  byStatus!: PartnershipCount[];

  @Field(() => [PartnershipCount], { description: 'Partnerships by kind (PartnershipKind), the empty ones left out.' })
  byKind!: PartnershipCount[];

  @Field(() => [PartnershipCount], {
    description:
      'Partnerships by governorate code where they work (one working in two governorates counts in each); those that name none are left out.',
  })
  byGovernorate!: PartnershipCount[];

  @Field(() => [PartnershipCount], {
    description: 'Partnership requests by status (PartnershipRequestStatus), the empty ones left out.',
  })
  requestsByStatus!: PartnershipCount[];
}

@Resolver()
export class PartnershipOverviewResolver {
  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @Query(() => PartnershipOverview, {
    description:
      'Counts of partnerships by status, kind and governorate, and of requests by status (programme officers, MoSD officials, administrators).',
  })
  async partnershipOverview(@Ctx() ctx: GraphQLContext): Promise<PartnershipOverview> {
    const { byStatus, byKind, byGovernorate, requestsByStatus } = await partnershipOverviewCounts(ctx.em);
    return Object.assign(new PartnershipOverview(), {
      total: byStatus.reduce((sum, row) => sum + row.count, 0),
      byStatus,
      byKind,
      byGovernorate,
      requestsByStatus,
    });
  }

  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @Query(() => PartnershipRequestConnection, {
    description:
      'Partnership requests still waiting for an answer, across all parties, oldest first: the ones officers follow up (programme officers, MoSD officials, administrators).',
  })
  async pendingPartnershipRequests(
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipRequestConnection> {
    const page = await paginate(
      ctx.em,
      PartnershipRequestEntity,
      { status: PartnershipRequestStatus.PENDING },
      {
        page: pageRequest(pagination),
        orderBy: { createdAt: 'asc', id: 'asc' },
        kind: 'partnership-request-pending',
        toNode: toRequest,
      },
    );
    return Object.assign(new PartnershipRequestConnection(), page);
  }
}
