import { GraphQLDateTime } from 'graphql-scalars';
import { Args, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection } from '../../common/pagination/connection.type.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { isOfficer } from '../../common/auth/viewer.js';
import { isUuid, toGlobalId } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';
import type { GraphQLContext } from '../../context.js';
import { Organization, directoryLoaders, toOrganization } from '../directory/index.js';
import type { OrganizationClaimEntity } from './membership.entities.js';
import { MembershipService, type Person } from './membership.service.js';

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

type OrganizationRecord = Parameters<typeof toOrganization>[0];

function toClaim(found: { claim: OrganizationClaimEntity; claimant: Person }, record: OrganizationRecord) {
  return Object.assign(new OrganizationClaim(), {
    id: toGlobalId('OrganizationClaim', found.claim.id),
    organization: toOrganization(record),
    claimantName: found.claimant.name,
    claimantEmail: found.claimant.email,
    message: found.claim.message,
    createdAt: found.claim.createdAt,
  });
}

/** `node(id)` for a claim, whatever its state: officers only; anyone else gets null, as for an unknown id. */
export async function organizationClaimByKey(ctx: GraphQLContext, key: string): Promise<OrganizationClaim | null> {
  if (!isOfficer(ctx.viewer) || !isUuid(key)) return null;
  const found = await new MembershipService(ctx.em).claimById(key);
  if (!found) return null;
  const record = await ctx.loaders.of(directoryLoaders).recordById.load(found.claim.organizationId);
  return record ? toClaim(found, record) : null;
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
    const found = await new MembershipService(ctx.em).pendingClaims(pageRequest(pagination));
    const records = await ctx.loaders
      .of(directoryLoaders)
      .recordById.loadMany(found.edges.map((edge) => edge.node.claim.organizationId));
    const connection = new OrganizationClaimConnection();
    connection.edges = found.edges.flatMap((edge, index) => {
      const record = records[index];
      if (!record || record instanceof Error) return [];
      return [Object.assign(new OrganizationClaimEdge(), { cursor: edge.cursor, node: toClaim(edge.node, record) })];
    });
    connection.totalCount = found.totalCount;
    connection.pageInfo = found.pageInfo;
    return connection;
  }
}
