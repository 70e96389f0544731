import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { knexRows } from '../../database/sql.js';

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

type Row = { key: string; count: number };

@Resolver()
export class PartnershipOverviewResolver {
  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @Query(() => PartnershipOverview, {
    description:
      'Counts of partnerships by status, kind and governorate, and of requests by status (programme officers, MoSD officials, administrators).',
  })
  async partnershipOverview(@Ctx() ctx: GraphQLContext): Promise<PartnershipOverview> {
    const knex = ctx.em.getKnex();
    // aggregates over whole tables: one grouped statement each instead of loading every row
    const [byStatus, byKind, byGovernorate, requestsByStatus] = await Promise.all([
      knexRows<Row>(
        knex,
        'select status as key, count(*)::int as count from partnership group by status order by status',
      ),
      knexRows<Row>(knex, 'select kind as key, count(*)::int as count from partnership group by kind order by kind'),
      knexRows<Row>(
        knex,
        `select code as key, count(*)::int as count from partnership, unnest(governorate_codes) as code
         group by code order by code`,
      ),
      knexRows<Row>(
        knex,
        'select status as key, count(*)::int as count from partnership_request group by status order by status',
      ),
    ]);
    return Object.assign(new PartnershipOverview(), {
      total: byStatus.reduce((sum, row) => sum + row.count, 0),
      byStatus,
      byKind,
      byGovernorate,
      requestsByStatus,
    });
  }
}
