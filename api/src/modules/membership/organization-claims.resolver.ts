import { GraphQLDateTime } from 'graphql-scalars';
import { Args, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../common/errors/api-errors.js';
import { Connection, PageInfo } from '../../common/pagination/connection.type.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import type { GraphQLContext } from '../../context.js';
import { parseTimestamp, sqlRows } from '../../database/sql.js';
import { toOrganization } from '../directory/organization.mapper.js';
import { Organization } from '../directory/organization.type.js';

@ObjectType({ description: 'A request by a person to become the owner of an organisation already in the directory.' })
export class OrganizationClaim {
  @Field(() => ID, { description: 'The claim id, as organizationClaimDecide takes it.' })
  id!: string;

  @Field(() => Organization, { description: 'The organisation claimed.' })
  organization!: Organization;

  @Field(() => String, { description: 'Name of the person who claims it.' })
  claimantName!: string;

  @Field(() => String, { description: 'Email address of the person who claims it (confirmed), to check the claim.' })
  claimantEmail!: string;

  @Field(() => String, { nullable: true, description: "The claimant's message to the reviewers." })
  message!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When the claim was made (UTC).' })
  createdAt!: Date;
}

const { Edge, ConnectionType } = Connection(OrganizationClaim, 'OrganizationClaim');

@ObjectType('OrganizationClaimEdge', { description: 'A claim in a page.' })
export class OrganizationClaimEdge extends Edge {}

@ObjectType('OrganizationClaimConnection', { description: 'Claims waiting for a decision, oldest first.' })
export class OrganizationClaimConnection extends ConnectionType {
  @Field(() => [OrganizationClaimEdge], { description: 'The items of this page, in order.' })
  edges!: OrganizationClaimEdge[];

  @Field(() => Int, { description: 'Number of claims waiting (all pages).' })
  totalCount!: number;
}

@Resolver()
export class OrganizationClaimsResolver {
  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @Query(() => OrganizationClaimConnection, {
    description: 'Claims waiting for a decision (organizationClaimDecide), oldest first. Officers only.',
  })
  async organizationClaims(
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationClaimConnection> {
    const page = pageRequest(pagination);
    if (page.direction === 'backward') throw new BadUserInputError('last', 'claims page forward only (first, after)');
    let after: { at: string; id: string } | undefined;
    if (page.after) {
      const cursor = decodeCursor('after', page.after, 'claim') as { at?: unknown; id?: unknown };
      if (typeof cursor.at !== 'string' || typeof cursor.id !== 'string')
        throw new BadUserInputError('after', 'is not a cursor returned by this API');
      after = { at: cursor.at, id: cursor.id };
    }
    const rows = await sqlRows<{
      id: string;
      organization_id: string;
      message: string | null;
      created_at: string;
      name: string;
      email: string;
      total: number;
    }>(
      ctx.em,
      `select c.id, c.organization_id, c.message, c.created_at, u.name, u.email,
              (select count(*)::int from organization_claim where status = 'PENDING') as total
       from organization_claim c join auth_user u on u.id = c.user_id
       where c.status = 'PENDING' ${after ? 'and (c.created_at, c.id) > (?::timestamptz, ?::uuid)' : ''}
       order by c.created_at, c.id limit ?`,
      [...(after ? [after.at, after.id] : []), page.size + 1],
    );
    const records = await ctx.loaders.directory.recordById.loadMany(rows.map((row) => row.organization_id));
    const connection = new OrganizationClaimConnection();
    connection.edges = rows.slice(0, page.size).flatMap((row, index) => {
      const record = records[index];
      if (!record || record instanceof Error) return [];
      return [
        Object.assign(new OrganizationClaimEdge(), {
          cursor: encodeCursor('claim', { at: row.created_at, id: row.id }),
          node: Object.assign(new OrganizationClaim(), {
            id: row.id,
            organization: toOrganization(record),
            claimantName: row.name,
            claimantEmail: row.email,
            message: row.message,
            createdAt: parseTimestamp(row.created_at),
          }),
        }),
      ];
    });
    connection.totalCount = rows[0]?.total ?? 0;
    connection.pageInfo = Object.assign(new PageInfo(), {
      hasNextPage: rows.length > page.size,
      hasPreviousPage: after !== undefined,
      startCursor: connection.edges[0]?.cursor ?? null,
      endCursor: connection.edges.at(-1)?.cursor ?? null,
    });
    return connection;
  }
}
