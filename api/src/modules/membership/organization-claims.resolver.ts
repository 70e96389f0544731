import { GraphQLDateTime } from 'graphql-scalars';
import { Args, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../common/errors/api-errors.js';
import { Connection, pageInfoOf } from '../../common/pagination/connection.type.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { isOfficer } from '../../common/auth/viewer.js';
import { isUuid, toGlobalId } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';
import type { GraphQLContext } from '../../context.js';
import { parseTimestamp, sqlRows } from '../../database/sql.js';
import { Organization, directoryLoaders, toOrganization } from '../directory/index.js';

@ObjectType({
  implements: Node,
  description: 'A request by a person to become the owner of an organisation already in the directory.',
})
export class OrganizationClaim implements Node {
  @Field(() => ID, { description: 'Global, opaque id of the claim, as organizationClaimDecide takes it.' })
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

interface ClaimRow {
  id: string;
  organization_id: string;
  message: string | null;
  created_at: string;
  name: string;
  email: string;
}

const CLAIM_COLUMNS = 'c.id, c.organization_id, c.message, c.created_at, u.name, u.email';

async function toClaims<R extends ClaimRow>(
  ctx: GraphQLContext,
  rows: readonly R[],
): Promise<{ row: R; claim: OrganizationClaim }[]> {
  const records = await ctx.loaders.of(directoryLoaders).recordById.loadMany(rows.map((row) => row.organization_id));
  return rows.flatMap((row, index) => {
    const record = records[index];
    if (!record || record instanceof Error) return [];
    const claim = Object.assign(new OrganizationClaim(), {
      id: toGlobalId('OrganizationClaim', row.id),
      organization: toOrganization(record),
      claimantName: row.name,
      claimantEmail: row.email,
      message: row.message,
      createdAt: parseTimestamp(row.created_at),
    });
    return [{ row, claim }];
  });
}

/** `node(id)` for a claim, whatever its state: officers only; anyone else gets null, as for an unknown id. */
export async function organizationClaimByKey(ctx: GraphQLContext, key: string): Promise<OrganizationClaim | null> {
  if (!isOfficer(ctx.viewer) || !isUuid(key)) return null;
  const rows = await sqlRows<ClaimRow>(
    ctx.em,
    `select ${CLAIM_COLUMNS} from organization_claim c join auth_user u on u.id = c.user_id where c.id = ?`,
    [key],
  );
  const [found] = await toClaims(ctx, rows);
  return found?.claim ?? null;
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
    const position = (argument: 'after' | 'before', value: string): [string, string] => {
      const cursor = decodeCursor(argument, value, 'claim') as { at?: unknown; id?: unknown };
      if (typeof cursor.at !== 'string' || typeof cursor.id !== 'string' || !isUuid(cursor.id))
        throw new BadUserInputError(argument, 'is not a cursor returned by this API');
      return [cursor.at, cursor.id];
    };
    const keyset: string[] = [];
    const keysetBindings: unknown[] = [];
    if (page.after) {
      keyset.push('(c.created_at, c.id) > (?::timestamptz, ?::uuid)');
      keysetBindings.push(...position('after', page.after));
    }
    if (page.before) {
      keyset.push('(c.created_at, c.id) < (?::timestamptz, ?::uuid)');
      keysetBindings.push(...position('before', page.before));
    }
    const direction = page.direction === 'forward' ? 'asc' : 'desc';
    const rows = await sqlRows<ClaimRow & { total: number }>(
      ctx.em,
      `select ${CLAIM_COLUMNS}, (select count(*)::int from organization_claim where status = 'PENDING') as total
       from organization_claim c join auth_user u on u.id = c.user_id
       where ${["c.status = 'PENDING'", ...keyset].join(' and ')}
       order by c.created_at ${direction}, c.id ${direction} limit ?`,
      [...keysetBindings, page.size + 1],
    );
    const pageRows = rows.slice(0, page.size);
    if (page.direction === 'backward') pageRows.reverse();
    const connection = new OrganizationClaimConnection();
    connection.edges = (await toClaims(ctx, pageRows)).map(({ row, claim }) =>
      Object.assign(new OrganizationClaimEdge(), {
        cursor: encodeCursor('claim', { at: row.created_at, id: row.id }),
        node: claim,
      }),
    );
    connection.totalCount = rows[0]?.total ?? 0;
    connection.pageInfo = pageInfoOf(connection.edges, page, rows.length > page.size);
    return connection;
  }
}
